from pathlib import Path

import docx
import pytest

from redaction.readers import UnreadableDocument, output_name, read_document


def test_utf8_with_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeff当事人：王五\r\n".encode())
    assert read_document(path) == "当事人：王五\n"


def test_docx_paragraphs_and_tables_in_their_order(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("行政处罚决定书")
    table = document.add_table(rows=2, cols=3)
    table.rows[0].cells[0].text = "当事人"
    table.rows[0].cells[1].merge(table.rows[0].cells[2]).text = "王五"
    table.rows[1].cells[0].text = "住址"
    table.rows[1].cells[1].text = "长沙县星沙街道\n双井村6组35号"
    table.rows[1].cells[2].text = "a|b"
    document.add_paragraph("经查，王五于2024年3月5日……")
    path = tmp_path / "a.docx"
    document.save(str(path))
    assert read_document(path) == (
        "行政处罚决定书\n"
        "| 当事人 | 王五 |\n"
        "| --- | --- |\n"
        "| 住址 | 长沙县星沙街道 双井村6组35号 | a｜b |\n"
        "\n"
        "经查，王五于2024年3月5日……"
    )


def test_docx_header_and_footer_are_read(tmp_path: Path) -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "秘密★1年"
    document.sections[0].footer.paragraphs[0].text = "内部资料 注意保存"
    document.add_paragraph("行政处罚决定书")
    path = tmp_path / "a.docx"
    document.save(str(path))
    assert read_document(path) == "秘密★1年\n行政处罚决定书\n内部资料 注意保存"


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
