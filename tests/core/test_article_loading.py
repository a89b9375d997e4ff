"""Loading statements: formats, encodings, metadata, boilerplate, and every bad input."""
from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from reader.core.article import MAX_ARTICLE_BYTES, load_article
from reader.core.errors import ArticleError
from tests.conftest import BUNDLED

BODY = "Ministers met in Astana.\n\nThey reaffirmed support for “freedom of movement.”\n"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_bundled_article_has_its_metadata():
    article = load_article(BUNDLED)
    assert article.title == "Central Asian states and US hold C5+1 Special Session on Afghanistan"
    assert article.date == "2023-08-11"
    assert article.meta["meeting_date"] == "2023-07-27"
    assert article.place == "Astana, Kazakhstan"
    assert article.source
    assert article.text.startswith("share on:")


def test_boilerplate_is_marked_but_kept_visible():
    article = load_article(BUNDLED)
    marked = [article.text[s:e] for s, e in article.boilerplate]
    assert marked == ["share on:", "(Photo Credit: Twitter/@US4AfghanPeace)"]
    # The caption itself stays content: it dates the meeting.
    assert "holding C5+1 Special Session on Afghanistan in Astana, Kazakhstan on July 27." in (
        article.text
    )


def test_txt_first_line_is_title(tmp_path):
    article = load_article(write(tmp_path, "a.txt", ("Title here\n\n" + BODY).encode()))
    assert article.title == "Title here"
    assert article.text == BODY.strip("\n")


@pytest.mark.parametrize(
    "encoded",
    [
        codecs.BOM_UTF8 + ("Tïtle\n\n" + BODY).encode("utf-8"),
        ("Tïtle\n\n" + BODY).encode("utf-16"),  # Python writes a BOM
        codecs.BOM_UTF16_BE + ("Tïtle\n\n" + BODY).encode("utf-16-be"),
        ("Tïtle\n\n" + BODY).encode("cp1252"),
    ],
    ids=["utf8-bom", "utf16-le-bom", "utf16-be-bom", "cp1252"],
)
def test_encodings(tmp_path, encoded):
    article = load_article(write(tmp_path, "a.txt", encoded))
    assert article.title == "Tïtle"
    assert "“freedom of movement.”" in article.text
    assert not article.text.startswith("\ufeff")


def test_crlf_and_cr_are_normalised(tmp_path):
    data = b"T\r\n\r\nOne.\r\nTwo.\rThree."
    article = load_article(write(tmp_path, "a.txt", data))
    assert "\r" not in article.text
    assert article.text == "One.\nTwo.\nThree."


def test_markdown_front_matter_and_markup(tmp_path):
    md = (
        "---\ntitle: Joint Statement\ndate: 2021-07-22\nsource: State Department\n"
        "url: https://example.org/s\n---\n\n# Ignored heading\n\nThe **envoys** met in "
        "[Rome](https://example.org).\n\n- First objective;\n- Second objective.\n"
    )
    article = load_article(write(tmp_path, "s.md", md.encode()))
    assert article.title == "Joint Statement"
    assert article.date == "2021-07-22"
    assert article.source == "State Department"
    assert article.url == "https://example.org/s"
    assert "The envoys met in Rome." in article.text
    assert "• First objective;" in article.text
    assert "**" not in article.text and "](" not in article.text


def test_html_main_text_without_scripts_and_chrome(tmp_path):
    html = """<!doctype html><html><head><title>Page title</title>
    <meta property="og:title" content="C5+1 Joint Statement">
    <meta property="article:published_time" content="2023-08-11T10:00:00Z">
    <style>p { color: red }</style><script>var x = "do not show";</script></head>
    <body><nav>Home | About</nav><article><h1>C5+1 Joint Statement</h1>
    <p>The officials met in Astana &amp; agreed.</p><ul><li>Item one;</li><li>Item two.</li></ul>
    </article><footer>Copyright 2023</footer></body></html>"""
    article = load_article(write(tmp_path, "s.html", html.encode()))
    assert article.title == "C5+1 Joint Statement"
    assert article.date == "2023-08-11"
    assert "The officials met in Astana & agreed." in article.text
    assert "• Item one;" in article.text
    for junk in ("do not show", "color: red", "Home | About", "Copyright"):
        assert junk not in article.text


def test_fifty_megabytes_load(tmp_path):
    line = ("The participants reaffirmed their support for regional cooperation. " * 20) + "\n"
    data = ("Big\n\n" + line * (50 * 1024 * 1024 // len(line) + 1)).encode()
    assert len(data) > 50 * 1024 * 1024
    article = load_article(write(tmp_path, "big.txt", data))
    assert len(article.text) > 50 * 1024 * 1024 - 10


# --- bad input: a clear, specific message each -------------------------------------


def test_missing_file(tmp_path):
    with pytest.raises(ArticleError, match="No such file"):
        load_article(tmp_path / "nope.txt")


def test_directory(tmp_path):
    with pytest.raises(ArticleError, match="is a folder"):
        load_article(tmp_path)


def test_binary(tmp_path):
    with pytest.raises(ArticleError, match="binary data"):
        load_article(write(tmp_path, "x.txt", b"abc\x00\x01\x02" * 100))


def test_pdf_is_named(tmp_path):
    with pytest.raises(ArticleError, match="is a PDF"):
        load_article(write(tmp_path, "x.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"))


@pytest.mark.parametrize("data", [b"", b"   \n\n  \t\n"], ids=["zero-bytes", "blank"])
def test_empty(tmp_path, data):
    with pytest.raises(ArticleError, match="is empty"):
        load_article(write(tmp_path, "e.txt", data))


def test_title_without_body(tmp_path):
    with pytest.raises(ArticleError, match="no text"):
        load_article(write(tmp_path, "t.txt", b"Only a title\n"))


def test_undecodable_bytes(tmp_path):
    # 0x81 and 0x9d are undefined in Windows-1252 and invalid as UTF-8.
    with pytest.raises(ArticleError, match=r"neither UTF-8 nor Windows-1252.*0x81"):
        load_article(write(tmp_path, "u.txt", b"Title\n\nSome text \x81\x9d here."))


def test_too_large(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(MAX_ARTICLE_BYTES + 1)  # sparse: no real disk use
    with pytest.raises(ArticleError, match=r"opens articles up to 100 MB"):
        load_article(path)


def test_bad_sidecar_metadata_is_a_clear_error(tmp_path):
    write(tmp_path, "a.txt", b"T\n\nBody.")
    write(tmp_path, "a.meta.json", b"{not json")
    with pytest.raises(ArticleError, match=r"a\.meta\.json cannot be read"):
        load_article(tmp_path / "a.txt")


def test_content_id_is_the_texts_hash_and_follows_a_changed_copy():
    import dataclasses
    import hashlib

    from reader.core.article import article_from_text

    article = article_from_text("The ministers met.", "Title")
    expected = hashlib.sha256(article.text.encode("utf-8")).hexdigest()
    assert article.content_id == expected
    assert article.content_id == expected  # worked out once, asked again
    changed = dataclasses.replace(article, text="The ministers agreed.")
    assert changed.content_id == hashlib.sha256(b"The ministers agreed.").hexdigest()
    assert changed == dataclasses.replace(article, text="The ministers agreed.")
