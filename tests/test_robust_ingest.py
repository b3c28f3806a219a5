"""Issue 14 items 4 (readers), 5, 6, 9, 12 and issue 11's bracketed title: bad inputs cost one record or one file,
with one line naming it, never the run."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ipkg.errors import InputError, MissingInputError
from ipkg.ingest import detect_format, iter_input_paths, read_documents
from ipkg.models import Document
from ipkg.pipeline import BuildOptions, build

GOOD = (
    "PMID- 55560033\nTI  - Interleukin-6 in depression.\nAB  - Interleukin-6 was raised in patients with depression.\n"
)


def _run_kg(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    return subprocess.run([sys.executable, "-m", "ipkg", *args], cwd=cwd, env=env, capture_output=True, text=True)


# -- item 4: a size cap per record, for every reader -------------------------------------------------------------


def test_long_medline_field_is_skipped_by_name_and_the_next_record_read(tmp_path: Path) -> None:
    long = tmp_path / "long.nbib"  # the reproduction, followed by a good record
    words = "Depression inflammation interleukin-6 cytokine patients randomized "
    long.write_text(f"PMID- 55560032\nTI  - Big\nAB  - {words * 490}\n\n{GOOD}")
    big, good = read_documents(long)
    assert isinstance(big, InputError) and big.record == 1 and "PMID 55560032" in str(big)
    assert "32,829 characters" in str(big) and "\n" not in str(big)
    assert isinstance(good, Document) and good.pmid == "55560033"


@pytest.mark.parametrize("kind", ["csv", "tsv", "jsonl", "xml", "pubtator", "txt"])
def test_every_reader_caps_a_record(kind: str, tmp_path: Path) -> None:
    abstract = "Cytokines were measured. " * 2_000  # 50,000 characters
    small = "Interleukin-6 was raised in patients with depression."
    path = tmp_path / f"big.{kind}"
    if kind in ("csv", "tsv"):
        sep = "," if kind == "csv" else "\t"
        path.write_text(f"title{sep}abstract\nHuge{sep}{abstract}\nSmall{sep}{small}\n")
    elif kind == "jsonl":
        path.write_text(f'{{"title": "Huge", "abstract": "{abstract}"}}\n{{"title": "Small", "abstract": "{small}"}}\n')
    elif kind == "xml":
        article = (
            "<PubmedArticle><MedlineCitation><PMID>{}</PMID><Article><ArticleTitle>{}</ArticleTitle><Abstract>"
            "<AbstractText>{}</AbstractText></Abstract></Article></MedlineCitation></PubmedArticle>"
        )
        path.write_text(
            f"<?xml version='1.0'?><PubmedArticleSet>{article.format(1, 'Huge', abstract)}"
            f"{article.format(2, 'Small', small)}</PubmedArticleSet>"
        )
    elif kind == "pubtator":
        path.write_text(f"1|t|Huge\n1|a|{abstract}\n\n2|t|Small\n2|a|{small}\n")
    else:
        path.write_text(f"Huge\n\n{abstract}\n")
    items = list(read_documents(path))
    assert isinstance(items[0], InputError) and items[0].record == 1 and "characters" in str(items[0]), items[0]
    if kind != "txt":  # a text file is one record
        assert isinstance(items[1], Document) and items[1].abstract == small


def test_fifty_megabyte_csv_cell_is_skipped_quickly(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerows([["pmid", "title", "abstract"], ["1", "Huge", "x " * 25_000_000]])
        writer.writerow(["2", "Good title", "Interleukin-6 was raised in patients with depression."])
    started = time.monotonic()
    result = build([str(path)], BuildOptions(validate=False))
    assert time.monotonic() - started < 30
    assert result.built == 1 and len(result.errors) == 1
    assert "(record 1)" in str(result.errors[0]) and "50,000,000 characters" in str(result.errors[0])


# -- item 5 and issue 11: JSON or not ----------------------------------------------------------------------------


def test_deeply_nested_json_is_one_error_and_the_rest_is_built(tmp_path: Path) -> None:
    (tmp_path / "nested.json").write_text("[" * 1000 + "]" * 1000)
    (tmp_path / "nested.txt").write_text("[" * 1000 + "\n")
    (tmp_path / "nested.jsonl").write_text("[" * 5000 + "\n" + '{"title": "T", "abstract": "IL-6 was high."}\n')
    (tmp_path / "good.nbib").write_text(GOOD)
    result = build([str(tmp_path)], BuildOptions(validate=False))
    assert result.built == 2  # good.nbib, and the good line of nested.jsonl
    messages = sorted(str(e) for e in result.errors)
    assert len(messages) == 3 and all("nested too deeply" in m for m in messages), messages


def test_bracketed_title_is_text_not_json(tmp_path: Path) -> None:
    text = (
        "[Clozapine and pregnancy].\n\nClozapine is an atypical antipsychotic used in treatment-resistant "
        "schizophrenia. We describe twelve women treated with clozapine during pregnancy.\n"
    )
    assert detect_format(text.encode(), "L243.txt") == "freetext"
    assert detect_format(b'[{"title": "T", "abstract": "' + b"x" * 5000, "x.txt") in ("json", "jsonl")  # cut
    (tmp_path / "L243.txt").write_text(text)
    (doc,) = read_documents(tmp_path / "L243.txt")
    assert isinstance(doc, Document) and "Clozapine and pregnancy" in doc.title



def test_a_title_opening_with_italics_is_text_not_xml(tmp_path: Path) -> None:
    text = ("<i>Lactobacillus reuteri</i> Improves Anxiety-Like Behaviour in Mice.\n\nProbiotics may act on the "
            "gut-brain axis. We gave mice <i>L. reuteri</i> for four weeks.\n")
    assert detect_format(text.encode(), "x.txt") == "freetext"
    (tmp_path / "x.txt").write_text(text)
    (doc,) = read_documents(tmp_path / "x.txt")
    assert doc.title.startswith("Lactobacillus reuteri Improves")  # the markup is dropped, the words kept
    # what is XML stays XML: a declaration, a root that encloses the first line, or an .xml file
    for head, name in ((b'<?xml version="1.0"?><i>x</i> y', "a.txt"), (b"<records><i>x</i> y", "a.txt"),
                       (b"<i>x</i> y", "a.xml")):
        with pytest.raises(ValueError, match="is not PubMed"):
            detect_format(head, name)

# -- item 6: unreadable folders ----------------------------------------------------------------------------------


def test_unreadable_folder_is_named_and_the_rest_built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.nbib").write_text(GOOD)
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.nbib").write_text(GOOD.replace("55560033", "55560034"))
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:  # root reads every folder: refuse like a chmod 000 folder would
        if Path(str(path)) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    result = build([str(tmp_path)], BuildOptions(validate=False))
    assert result.built == 1
    assert [str(e) for e in result.errors] == [f"{locked}: cannot read this folder (Permission denied)"]
    with pytest.raises(InputError, match="cannot read this folder"):
        iter_input_paths([str(tmp_path)])


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a chmod 000 folder")
def test_unreadable_folder_exits_non_zero(tmp_path: Path) -> None:
    (tmp_path / "in" / "locked").mkdir(parents=True)
    (tmp_path / "in" / "a.nbib").write_text(GOOD)
    (tmp_path / "in" / "locked").chmod(0)
    try:
        run = _run_kg("build", "in", "-o", "out.ttl", cwd=tmp_path)
    finally:
        (tmp_path / "in" / "locked").chmod(0o755)
    assert run.returncode == 1 and "locked: cannot read this folder" in run.stderr


# -- item 9: a NUL byte --------------------------------------------------------------------------------------------


def test_nul_in_the_head_costs_no_record(tmp_path: Path) -> None:
    records = [GOOD.replace("55560033", str(n)) for n in (55560041, 55560042, 55560043)]
    records[0] = records[0].replace("raised", "rai\x00sed")
    (tmp_path / "nul.nbib").write_bytes("\n".join(records).encode())
    docs = list(read_documents(tmp_path / "nul.nbib"))
    assert [d.pmid for d in docs if isinstance(d, Document)] == ["55560041", "55560042", "55560043"]
    assert all("\x00" not in d.abstract for d in docs if isinstance(d, Document))
    (tmp_path / "bin.dat").write_bytes(bytes(range(256)) * 16)  # real binary data is still refused
    with pytest.raises(InputError, match="binary"):
        read_documents(tmp_path / "bin.dat")


# -- item 12: a missing path ----------------------------------------------------------------------------------


def test_missing_path_builds_the_rest_and_exits_2(tmp_path: Path) -> None:
    (tmp_path / "a.nbib").write_text(GOOD)
    run = _run_kg("build", "a.nbib", "nothere.nbib", "-o", "out.ttl", cwd=tmp_path)
    assert run.returncode == 2, run.stderr
    assert "kg: nothere.nbib: no such file or directory" in run.stderr.splitlines()
    assert "--strict" not in run.stderr and "Traceback" not in run.stderr
    assert "pmid-55560033" in (tmp_path / "out.ttl").read_text()
    strict = _run_kg("build", "a.nbib", "nothere.nbib", "-o", "strict.ttl", "--strict", cwd=tmp_path)
    assert strict.returncode == 2 and not (tmp_path / "strict.ttl").exists()
    with pytest.raises(MissingInputError):
        build([str(tmp_path / "nothere.nbib")], BuildOptions(validate=False, strict=True))
