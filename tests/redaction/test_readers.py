from pathlib import Path

import docx
import pytest

from redaction.readers import UnreadableDocument, output_name, read_document


def test_utf8_with_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeff当事人：王五\r\n".encode())
    assert read_document(path) == "当事人：王五\n"


def test_docx_paragraphs_and_tables(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("行政处罚决定书")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "当事人"
    table.rows[0].cells[1].text = "王五"
    path = tmp_path / "a.docx"
    document.save(str(path))
    assert read_document(path) == "行政处罚决定书\n当事人\t王五"


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("gbk.txt", "当事人：王五".encode("gbk"), "not valid UTF-8"),
        ("empty.md", b"  \n", "empty"),
        ("nul.txt", b"a\x00b", "binary"),
        ("broken.docx", b"not a zip", "not a readable .docx"),
    ],
)
def test_unreadable(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UnreadableDocument, match=reason):
        read_document(path)


def test_output_name() -> None:
    assert output_name(Path("a/b.docx")) == Path("a/b.md")
    assert output_name(Path("a/b.txt")) == Path("a/b.txt")
