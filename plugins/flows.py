"""Enforcement flowcharts (执法流程图): an SVG drawn with Graphviz at build time from the steps,
and the same steps as an ordered list for screen readers and print."""

from __future__ import annotations

import re
import textwrap
from typing import Annotated, Literal

from pydantic import Field, field_validator

from plugins.registry import ContentType, register
from plugins.schema import LegalBasis, Record, Slug, Text

FONT = "Noto Sans CJK SC"
"""Graphviz measures labels with this font; the page CSS offers system CJK fonts for display."""
LINE_CHARS = 12


class Branch(Record):
    to: Slug
    label: str = ""


class Step(Record):
    id: Slug
    action: Text
    actor: str = ""
    time_limit: str = ""
    kind: Literal["start", "process", "decision", "end"] = "process"
    next: list[Branch] = []
    note: str = ""

    @field_validator("next", mode="before")
    @classmethod
    def _plain_ids(cls, value: object) -> object:
        """Accept ``next: [s2, s3]`` as well as ``next: [{to: s2, label: 是}]``."""
        if isinstance(value, str):
            value = [value]
        if isinstance(value, list):
            return [{"to": v} if isinstance(v, str) else v for v in value]
        return value


class Flow(Record):
    id: Slug
    title: Text
    procedure: Text
    """一般程序, 简易程序, 行政强制, 行政检查, 听证 …"""
    description: str = ""
    basis: list[LegalBasis] = []
    steps: Annotated[list[Step], Field(min_length=2)]
    order: int = 100

    @property
    def url(self) -> str:
        return f"flows/{self.id}/"

    def step(self, step_id: str) -> Step:
        return next(s for s in self.steps if s.id == step_id)


def _wrap(text: str) -> str:
    return "\n".join(textwrap.wrap(text, LINE_CHARS, break_long_words=True)) or text


def _label(step: Step) -> str:
    parts = [_wrap(step.action)]
    if step.actor:
        parts.append(f"（{step.actor}）")
    if step.time_limit:
        parts.append(_wrap("时限：" + step.time_limit))
    return "\n".join(parts)


def render_svg(flow: Flow) -> str:
    """The flowchart as an SVG document without XML prolog, ready to inline in a page."""
    import pygraphviz  # only where a flowchart is drawn (15 ms of every start)

    graph = pygraphviz.AGraph(directed=True, strict=False)
    graph.graph_attr.update(
        rankdir="TB", nodesep="0.4", ranksep="0.45", fontname=FONT, bgcolor="transparent", pad="0.2"
    )
    graph.node_attr.update(
        fontname=FONT,
        fontsize="12",
        shape="box",
        style="rounded,filled",
        fillcolor="#eef4fb",
        color="#1f5f9e",
        margin="0.15,0.08",
    )
    graph.edge_attr.update(fontname=FONT, fontsize="11", color="#4a5568", fontcolor="#1a202c")
    shapes = {
        "start": ("oval", "#e6f4ea"),
        "end": ("oval", "#e6f4ea"),
        "decision": ("diamond", "#fff7e0"),
        "process": ("box", "#eef4fb"),
    }
    for step in flow.steps:
        shape, fill = shapes[step.kind]
        graph.add_node(
            step.id, label=_label(step), shape=shape, fillcolor=fill, id=f"step-{step.id}"
        )
    for step in flow.steps:
        for branch in step.next:
            graph.add_edge(step.id, branch.to, label=branch.label)
    svg = graph.draw(format="svg", prog="dot").decode("utf-8")
    svg = svg[svg.index("<svg") :]
    # Graphviz's own size is the largest the drawing gets; CSS scales it down on a phone.
    svg = svg.replace("<svg ", '<svg class="flowchart-svg" ', 1)
    svg = re.sub(r"<!--.*?-->\n?", "", svg, flags=re.S)
    return svg.replace("<svg ", f'<svg role="img" aria-labelledby="flow-title-{flow.id}" ', 1)


def check(site) -> None:  # type: ignore[no-untyped-def]
    for flow in site.flows:
        ids = [s.id for s in flow.steps]
        for i, step in enumerate(flow.steps):
            for j, branch in enumerate(step.next):
                if branch.to not in ids:
                    raise site.error(
                        flow,
                        f"step {step.id!r} leads to unknown step {branch.to!r}",
                        f"steps.{i}.next.{j}.to",
                        "use the id of a step of this flowchart",
                    )
        if len(set(ids)) != len(ids):
            dup = next(i for i in ids if ids.count(i) > 1)
            raise site.error(
                flow, f"step id {dup!r} used twice", "steps", "give each step its own id"
            )
        reachable = _reachable(flow)
        orphans = [s.id for s in flow.steps if s.id not in reachable]
        if orphans:
            raise site.error(
                flow,
                f"step(s) {', '.join(orphans)} cannot be reached from the first step",
                "steps",
                "link them from an earlier step with next:",
            )


def _reachable(flow: Flow) -> set[str]:
    """Ids of the steps reachable from the first one."""
    seen = {flow.steps[0].id}
    stack = [flow.steps[0]]
    while stack:
        for branch in stack.pop().next:
            if branch.to not in seen:
                seen.add(branch.to)
                stack.append(flow.step(branch.to))
    return seen


def write(site, pages) -> None:  # type: ignore[no-untyped-def]
    crumbs = [("执法流程图", "flows/")]
    flows = sorted(site.flows, key=lambda f: (f.order, f.id))
    pages.page("flows/index.html", "flows.html", "执法流程图", crumbs, flows=flows)
    for flow in flows:
        pages.page(
            f"{flow.url}index.html",
            "flow.html",
            flow.title,
            crumbs + [(flow.title, flow.url)],
            flow=flow,
            svg=render_svg(flow),
        )


register(ContentType("flows", "执法流程图", "flows", Flow, check=check, write=write, order=4))
