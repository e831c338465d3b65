"""A search index of synthetic decisions plus a few written by hand, built once per session."""

from __future__ import annotations

import pytest

from search import synthetic
from search.analysis import fold, initialize
from search.documents import Document
from search.engine import SearchEngine, SearchRequest, SearchResults, sync
from search.engines import ENGINES, open_engine
from search.query import parse

SYNTHETIC_COUNT = 400

STREET_VENDOR = Document(
    url="/decisions/2026-zd-0012/",
    title="刘某占道经营案",
    type="decision",
    type_label="执法决定",
    text="当事人刘某在解放西路与人民路交叉口占道经营，摆放水果摊点，经劝阻拒不改正。"
    "依据《长沙市城市市容和环境卫生管理条例》第二十条，责令改正并处罚款200元。",
    body="furong",
    body_label="芙蓉区城市管理和综合执法局",
    date="2026-04-02",
    category="行政处罚",
    decision_no="临综执罚决字〔2026〕第0012号",
)
OLD_DECISION = Document(
    url="/decisions/2020-fr-0123/",
    title="某公司违法建设案",
    type="decision",
    type_label="执法决定",
    text="当事人在五一大道违法建设钢结构厂房，责令限期拆除。",
    body="tianxin",
    body_label="天心区城市管理和综合执法局",
    date="2020-06-18",
    category="行政强制",
    decision_no="芙执罚决字〔2020〕第123号",
)
GUIDE = Document(
    url="/guides/outdoor-ads/",
    title="户外广告设置许可服务指南",
    type="guide",
    type_label="服务指南",
    text="设置户外广告应当向城市管理部门申请许可。对许可决定不服的，可以依法申请行政复议。",
    body="furong",
    body_label="芙蓉区城市管理和综合执法局",
    category="行政许可",
)
HANDWRITTEN = [STREET_VENDOR, OLD_DECISION, GUIDE]


def all_documents() -> list[Document]:
    return [*synthetic.documents(SYNTHETIC_COUNT), *HANDWRITTEN]


def searchable(doc: Document) -> str:
    """What a result must contain, folded as the index folds it."""
    return fold(f"{doc.title}\n{doc.decision_no}\n{doc.text}")


@pytest.fixture(scope="session")
def corpus() -> dict[str, Document]:
    return {d.url: d for d in all_documents()}


@pytest.fixture(scope="session", params=sorted(ENGINES))
def engine_name(request: pytest.FixtureRequest) -> str:
    """Every engine-level test runs over each engine."""
    return str(request.param)


@pytest.fixture(scope="session")
def engine(
    tmp_path_factory: pytest.TempPathFactory, corpus: dict[str, Document], engine_name: str
) -> SearchEngine:
    directory = tmp_path_factory.mktemp(f"search-{engine_name}") / "index"
    initialize(tmp_path_factory.getbasetemp() / "jieba")
    sync(open_engine(engine_name, directory), corpus.values())
    return open_engine(engine_name, directory, readonly=True)


@pytest.fixture(scope="session")
def search(engine: SearchEngine):
    def _search(q: str, **kwargs: object) -> SearchResults:
        return engine.query(SearchRequest(parse(q), **kwargs))  # type: ignore[arg-type]

    return _search
