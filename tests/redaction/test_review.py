from html import escape

import pytest

from redaction.detectors import Finding
from redaction.review import _special, render_review


def test_review_escapes_and_shows_each_replacement() -> None:
    text = "当事人：王五<script>alert(1)</script>"
    finding = Finding("person_name", 4, 6, "王五", 0.9, replacement="王某")
    page = render_review("a/<b>.txt", text, [finding], "held", ["密级标志：秘密★1年"])
    assert "<script>" not in page
    assert "&lt;script&gt;" in page
    assert "a/&lt;b&gt;.txt" in page
    assert '<mark id="f1" title="姓名">王五<ins aria-label="替换为">→王某</ins></mark>' in page
    assert "密级标志：秘密★1年" in page


def test_a_special_character_in_a_finding_alone_escapes_the_page() -> None:
    text = "当事人：王五，住址：某地"
    finding = Finding("person_name", 4, 6, "王五", 0.9, replacement="<王某>")
    page = render_review("a.txt", text, [finding], "redacted", [])
    assert "→&lt;王某&gt;</ins>" in page
    plain = render_review("a.txt", text, [], "redacted", [])
    assert "当事人：王五，住址：某地" in plain


@pytest.mark.parametrize("text", ["", "王五", "a&b", "a<b", "a>b", 'a"b', "a'b", "＆＜＞"])
def test_special_is_what_html_escape_changes(text: str) -> None:
    assert _special(text) == (escape(text) != text)
