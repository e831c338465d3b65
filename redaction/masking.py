"""Masking operators: surname + 某 (numbered on collision), cut an address to its county or
district, a run of × of the same length, keep. Pure functions over findings."""

from __future__ import annotations

import re
from collections.abc import Iterable
from operator import attrgetter

from redaction.detectors.base import Finding
from redaction.policy import Policy
from redaction.surnames import COMPOUND

CROSS = "×"
_ADMIN_RE = re.compile(
    r"(?P<province>[\u4e00-\u9fff]{2,8}?(?:省|自治区|特别行政区)|臺灣|台湾)?"
    r"(?P<city>[\u4e00-\u9fff]{2,9}?(?:市|自治州|地区|盟))?"
    # (Traditional characters too: 臺灣高雄市苓雅區)
    r"(?P<county>[\u4e00-\u9fff]{1,9}?(?:自治县|自治旗|区|區|县|縣|市|旗))?"
)
_BELOW_COUNTY = re.compile("街|路|道|村|镇|乡|巷|弄|小区|社区|花园|苑|组|大厦|广场|公寓|屯")


def cut_to_county(address: str) -> str:
    """'湖南省长沙市芙蓉区五一大道123号' -> '湖南省长沙市芙蓉区': the part a policy may publish.
    Spaces and line breaks inside it (a PDF's wrap: 汉⏎中市城固县…) are read through."""
    if any(c.isspace() for c in address):
        kept = _cut_compact("".join(address.split()))
        if not kept:
            return ""
        # the prefix of the source with as many non-space characters as were kept
        count = 0
        for i, c in enumerate(address):
            if not c.isspace():
                count += 1
                if count == len(kept):
                    return address[: i + 1]
        return ""
    return _cut_compact(address)


def _cut_compact(address: str) -> str:
    m = _ADMIN_RE.match(address)
    if not m:
        return ""
    kept = ""
    for part in ("province", "city", "county"):
        value = m.group(part)
        if value is None:
            continue
        if _BELOW_COUNTY.search(value):
            break
        kept += value
        if not address.startswith(kept):  # an optional group was skipped before this one
            break
    return kept if address.startswith(kept) else ""


def masked_name(name: str) -> str:
    """王建国 -> 王某, 欧阳明 -> 欧阳某, 阿依古丽·买买提 -> 阿某."""
    if "·" not in name and name[:2] in COMPOUND and len(name) >= 3:
        return name[:2] + "某"
    return name[:1] + "某"


def name_forms(entities: Iterable[str]) -> dict[str, str]:
    """The masked form of each person, numbered (张某1, 张某2) when two people share one."""
    by_form: dict[str, list[str]] = {}
    for e in dict.fromkeys(entities):  # (each once, in the order they first come)
        by_form.setdefault(masked_name(e), []).append(e)
    forms: dict[str, str] = {}
    for form, people in by_form.items():
        for i, person in enumerate(people, 1):
            forms[person] = form if len(people) == 1 else f"{form}{i}"
    return forms


#: the role of a penalised party who was a minor on the decision's date: masked by every
#: policy, ``keep_party_name`` included
MINOR_PARTY = "minor_party"


_START = attrgetter("start")


def assign_replacements(findings: list[Finding], policy: Policy) -> list[Finding]:
    """Fill in each finding's replacement; drop the ones the policy keeps."""
    out: list[Finding] = []
    names = [f for f in findings if f.kind == "person_name"]
    forms = name_forms(f.entity or f.text for f in sorted(names, key=_START))
    operators = policy.operators  # (policy.operator, without a method call a finding)
    for f in findings:
        op = operators.get(f.kind, "cross")
        if op == "keep" or (
            f.kind == "person_name" and f.role == "party" and policy.keep_party_name
        ):
            continue
        if op == "surname":
            f.replacement = forms[f.entity or f.text]
        elif op == "cut_to_county":
            f.replacement = cut_to_county(f.text)
        else:
            f.replacement = CROSS * len(f.text)
        if f.replacement != f.text:
            out.append(f)
    return out


def apply(text: str, findings: Iterable[Finding]) -> str:
    """The text with every (non-overlapping) finding replaced."""
    parts: list[str] = []
    pos = 0
    for f in sorted(findings, key=_START):
        if f.start < pos or f.replacement is None:
            continue
        parts.append(text[pos : f.start])
        parts.append(f.replacement)
        pos = f.end
    parts.append(text[pos:])
    return "".join(parts)
