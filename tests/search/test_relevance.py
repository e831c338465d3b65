"""Relevance on synthetic decisions: whole words, parts, numbers, compounds and phrases."""

from __future__ import annotations

import pytest

from search import synthetic
from search.documents import Document
from tests.search.conftest import OLD_DECISION, STREET_VENDOR, searchable


@pytest.mark.parametrize(
    "q",
    [
        "占道经营",
        "占道",
        "刘某 占道",
        "临综执罚决字〔2026〕第0012号",
        "临综执罚决字[2026]第0012号",
        "0012号",
        "第0012号",
        "12号",
    ],
)
def test_street_vendor_decision_is_found(search, q: str):
    urls = [h.url for h in search(q, page_size=10).hits]
    assert STREET_VENDOR.url in urls


@pytest.mark.parametrize("q", ["芙执罚决字〔2020〕第123号", "123号", "第123号"])
def test_old_decision_is_found_by_its_number(search, q: str):
    assert search(q).hits[0].url == OLD_DECISION.url


OTHER_WORDS = [
    "水果摊",
    "钢结构",
    "罚款",
    "人民法院",
    "询问笔录",
    "占道",
    "渣土",
    "油烟",
    "围挡",
    "摊点",
]
"""Words outside the user dictionary: jieba alone decides where they are words."""


def _precision_recall(
    search, corpus: dict[str, Document], q: str, terms: list[str]
) -> tuple[float, float]:
    results = search(q, page_size=10)
    top = [corpus[h.url] for h in results.hits]
    contains = [all(t in searchable(d) for t in terms) for d in top]
    precision = sum(contains) / len(top) if top else 1.0
    expected = sum(all(t in searchable(d) for t in terms) for d in corpus.values())
    recall = results.total / expected if expected else 1.0
    return precision, recall


def test_precision_on_domain_words_and_phrases(search, corpus):
    """Every top-10 result contains the compound or quoted phrase; recall is reported."""
    checks = [(w, [w]) for w in synthetic.DOMAIN_WORDS + OTHER_WORDS]
    checks += [(f'"{p}"', [p]) for p in synthetic.PHRASES]
    checks += [('"行政 复议"', ["行政复议"]), ("渣土运输 建筑垃圾", ["渣土运输", "建筑垃圾"])]
    assert len(checks) >= 20
    report = [(q, *_precision_recall(search, corpus, q, terms)) for q, terms in checks]
    print("\nquery            precision@10  recall vs substring scan")
    for q, precision, recall in report:
        print(f"{q:<16} {precision:.2f}  {recall:.3f}")
    mean_recall = sum(r for _, _, r in report) / len(report)
    print(f"mean recall {mean_recall:.3f} over {len(report)} queries")
    assert all(p == 1.0 for _, p, _ in report), [r for r in report if r[1] < 1.0]
    assert all(r <= 1.0 for _, _, r in report)  # never more than the text holds


def test_unquoted_compound_does_not_match_its_parts_apart(search, corpus):
    """违法 and 建设 both occur in most documents (违法行为, 建设单位): 违法建设 must not."""
    apart = [
        d
        for d in corpus.values()
        if "违法" in d.text and "建设" in d.text and "违法建设" not in searchable(d)
    ]
    assert apart
    found = {h.url for page in range(1, 50) for h in search("违法建设", page=page).hits}
    assert not found & {d.url for d in apart}


def test_domain_term_found_where_jieba_segments_by_context(search, corpus):
    """《无证无照经营查处办法》 is segmented 无证无照/经营, yet holds 无照经营."""
    expected = {u for u, d in corpus.items() if "无照经营" in searchable(d)}
    assert search("无照经营").total == len(expected)


def test_all_words_must_match(search, corpus):
    both = {u for u, d in corpus.items() if "渣土" in searchable(d) and "夜间施工" in searchable(d)}
    assert search("渣土 夜间施工").total == len(both)


@pytest.mark.parametrize(
    ("filters", "field"),
    [
        ({"type": "guide"}, "type"),
        ({"body": "tianxin"}, "body"),
        ({"year": "2025"}, "year"),
        ({"category": "行政许可"}, "category"),
    ],
)
def test_filters_narrow(search, corpus, filters: dict[str, str], field: str):
    everything = search("行政复议")
    narrowed = search("行政复议", filters=filters)
    assert 0 < narrowed.total < everything.total
    value = next(iter(filters.values()))
    for page in range(1, narrowed.pages + 1):
        for hit in search("行政复议", filters=filters, page=page).hits:
            doc = corpus[hit.url]
            assert (doc.year if field == "year" else getattr(doc, field)) == value
    counts = {v.value: v.count for v in everything.facets[field]}
    assert counts[value] == narrowed.total


def test_sort_by_date(search):
    dates = [h.date for h in search("占道经营", sort="date").hits]
    assert dates == sorted(dates, reverse=True) and len(dates) > 1


def test_a_page_past_the_end_is_empty(search):
    results = search("刘某 占道", page=10_000)
    assert results.total >= 1 and results.hits == [] and results.page == 10_000


def test_snippet_marks_and_escapes(search):
    hit = search("占道经营").hits[0]
    assert "<mark>占道经营</mark>" in hit.snippet
    assert "<script" not in hit.snippet
