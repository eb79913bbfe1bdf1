import csv
import io
import os
import pathlib
import subprocess
import sys

import pytest

from timeline import io as timeline_io
from timeline.cli import main

DEMO = pathlib.Path(__file__).resolve().parents[1] / "src" / "timeline" / "data" / "khalilzad.toml"
STATE = (
    pathlib.Path(__file__).resolve().parents[2] / "shared" / "data" / "us_state_dept_tenures.csv"
)


def test_demo_writes_the_chart_and_names_the_story(tmp_path, capsys):
    """``timeline demo -o`` writes a PNG and prints the story's events and the chart's text."""
    target = tmp_path / "demo.png"
    assert main(["demo", "-o", str(target)]) == 0
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    out = capsys.readouterr().out
    assert "Zalmay Khalilzad" in out
    assert "khalilzad-resigns" in out
    # The resignation is the week of Monday 18 October 2021 (ISO week 42), as the story says.
    assert "2021-W42" in out


def test_chart_of_a_file_with_its_table(tmp_path, capsys):
    """``timeline chart FILE -o out.svg --csv`` writes the SVG and the table behind it."""
    svg, table = tmp_path / "chart.svg", tmp_path / "table.csv"
    status = main(["chart", str(DEMO), "-o", str(svg), "--since", "2018-06", "--csv", str(table)])
    assert status == 0
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    with table.open(encoding="utf-8") as opened:
        rows = list(csv.DictReader(opened))
    tenures = {row["label"]: row for row in rows if row["kind"] == "tenure"}
    assert tenures["Zalmay Khalilzad"]["start"] == "2018-09"
    assert tenures["Thomas West"]["end_state"] == "ongoing"
    assert "wrote" in capsys.readouterr().out


def test_resolve_with_explanations(capsys):
    """``timeline resolve --explain`` prints each event's dates and the evidence behind them."""
    assert main(["resolve", str(DEMO), "--explain"]) == 0
    out = capsys.readouterr().out
    assert "doha-meeting\t[2021-10-01..2021-10-17]" in out
    assert "'earlier this month' (doha-meeting)" in out


def test_parse_a_phrase(capsys):
    """``timeline parse`` resolves a phrase against the reference: 'in May' said in February."""
    assert main(["parse", "in May", "--reference", "2021-02-10"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2020-05\t")  # past bias: May 2021 has not come yet


def test_tenures_from_a_csv_with_mapped_columns(capsys):
    """``timeline tenures FILE.csv --column ...`` lists tenures; the one bad row is named."""
    status = main(["tenures", str(STATE), "--column", "person=name", "--column", "id=tenure_id"])
    assert status == 0
    captured = capsys.readouterr()
    assert "secr-1866-hunt" in captured.err
    # Row secr-2021-blin of the file: Antony John Blinken, 2021-01-26 to 2025-01-20.
    assert "Secretary of State\tAntony John Blinken\t2021-01-26/2025-01-20" in captured.out


def test_tenures_of_an_events_file_as_csv(capsys):
    """``timeline tenures FILE --csv`` writes the envoy's two tenures as CSV."""
    assert main(["tenures", str(DEMO), "--csv"]) == 0
    rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    assert [row["person"] for row in rows] == ["Zalmay Khalilzad", "Thomas West"]
    assert rows[1]["end"] == "[2021-12-04..]"  # ongoing as of the story's publication


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["chart", "/no/such/file.toml", "-o", "x.png"], "no such file"),
        (
            ["parse", "on blursday", "--reference", "2021-10-18"],
            "unknown word 'blursday' at position 3 ('blursday' in 'on blursday')",
        ),
        (["parse", "last week"], "needs a reference date"),
        (["tenures", str(DEMO), "--column", "person"], "FIELD=COLUMN"),
        (["tenures", str(DEMO), "--kind", "death"], "--kind expects NAME=KIND"),
        (["tenures", str(DEMO), "--kind", "death=funeral"], "--kind expects NAME=KIND"),
        (["tenures", str(DEMO), "--kind", "meeting=event"], "'meeting' is a built-in kind"),
        # Each of these was a Python traceback (probe 15).
        (
            ["tenures", str(STATE), "--column", "persn=name"],
            "--column 'persn=name': no field 'persn'; FIELD is one of person, office,",
        ),
        (["demo", "-o", "x.png", "--dpi", "0"], "--dpi expects a whole number of 1 or more"),
        (["demo", "-o", "x.txt"], "-o/--output 'x.txt': the file name's extension gives the"),
        (["demo", "-o", "x"], "one of avif, eps, gif, jpeg, jpg, pdf, pgf, png, ps,"),
        (["demo", "-o", "x.png", "--dpi", "100000"], "--dpi 100000 makes the chart 1000000x"),
        (["demo", "-o", "x.png", "--since", "20x2"], "--since: expected a digit of the year"),
        # An empty chart was written, and the status was 0.
        (["demo", "-o", "x.png", "--since", "2022", "--until", "2019"], "--since 2022 is after"),
        (["demo", "-o", "x.png", "--until", "2017"], "--since 2018-06 (the default) is after"),
        (["chart", str(DEMO), "-o", "x.svg", "--since", "2022", "--until", "2019-W03"], "2019-W03"),
        # An option that does not apply was ignored (resolve refuses a bad --kind).
        (["tenures", str(STATE), "--kind", "foo"], "--kind is for events files (TOML or JSON)"),
        (["tenures", str(DEMO), "--column", "person=name"], "--column is for CSV files"),
    ],
)
def test_errors_are_one_line_and_a_non_zero_exit(argv, expected, capsys, tmp_path, monkeypatch):
    """A bad input is one line on stderr starting 'timeline: error:' and exit status 1."""
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 1
    assert not list(tmp_path.iterdir())  # no chart was written
    err = capsys.readouterr().err
    assert err.startswith("timeline: error:")
    assert expected in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("command", ["demo", "chart", "resolve", "parse", "tenures"])
def test_every_command_has_help(command, capsys):
    """``timeline COMMAND --help`` exits 0 and describes the command's options."""
    assert main([command, "--help"]) == 0
    assert "usage: timeline" in capsys.readouterr().out


def test_python_dash_m_runs_the_command():
    """``python -m timeline --version`` works like the console script."""
    done = subprocess.run(
        [sys.executable, "-m", "timeline", "--version"], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip().startswith("timeline ")


def test_a_kind_of_the_files_own_acts_as_a_built_in_one(tmp_path, capsys):
    """``--kind death=dismissal`` reads a file's 'death' as a dismissal: it closes a tenure.

    Without it the kind is unknown and the one-line error says how to read it.
    """
    path = tmp_path / "queen.toml"
    path.write_text(
        'format = "timeline"\nversion = 1\n\n'
        '[[events]]\nid = "crowned"\nkind = "appointment"\nwhen = "1952-02-06"\n'
        'person = "Elizabeth II"\noffice = "Monarch"\n\n'
        '[[events]]\nid = "died"\nkind = "death"\nwhen = "2022-09-08"\n'
        'person = "Elizabeth II"\noffice = "Monarch"\n',
        encoding="utf-8",
    )
    assert main(["tenures", str(path)]) == 1
    assert "--kind name=" in capsys.readouterr().err
    assert main(["tenures", str(path), "--kind", "death=dismissal"]) == 0
    office, person, period, _ = capsys.readouterr().out.strip().split("\t")
    assert (office, person, period) == ("Monarch", "Elizabeth II", "1952-02-06/2022-09-08")


def test_pgf_needs_tex_before_anything_is_drawn(tmp_path, monkeypatch, capsys):
    """``-o x.pgf`` without the TeX system matplotlib calls is refused at once: no traceback."""
    monkeypatch.setattr("shutil.which", lambda _name: None)
    assert main(["demo", "-o", str(tmp_path / "x.pgf")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("timeline: error: -o/--output ")
    assert "PGF needs xelatex" in err
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize(
    ("argv", "python", "command_line"),
    [
        (["parse", "next Friday"], "reference=...", "pass --reference DATE"),
        (
            ["tenures", str(STATE)],
            "columns={'person': 'name', ...}",
            "map columns with --column person=name",
        ),
    ],
)
def test_errors_give_advice_as_options_not_python_arguments(argv, python, command_line, capsys):
    """The library's advice names its Python arguments; the command names its options."""
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert command_line in err
    assert python not in err


def test_the_library_keeps_its_advice_for_python_callers():
    """What the command rewords is still the library's message (so the rewording applies)."""
    from timeline.errors import FileFormatError, ResolutionError
    from timeline.parsing import resolve

    with pytest.raises(ResolutionError, match=r"pass reference=\.\.\. \(or Context\.today\(\)\)"):
        resolve("next Friday")
    with pytest.raises(
        FileFormatError, match=r"map columns with columns=\{'person': 'name', \.\.\.\}"
    ):
        timeline_io.read_tenures(io.StringIO("name,office,start,end\n"))


def test_an_event_without_a_written_date_is_told_of_documents(tmp_path, capsys):
    """In a file, a relative date needs a document's written date, not source=Source(...)."""
    path = tmp_path / "late.toml"
    path.write_text(
        'format = "timeline"\nversion = 1\n\n'
        '[[events]]\nid = "late"\nkind = "event"\nwhen = "last week"\n',
        encoding="utf-8",
    )
    assert main(["resolve", str(path)]) == 1
    err = capsys.readouterr().err
    assert 'give the event a document = "ID" whose [[documents]] entry has written' in err
    assert "Source(" not in err


def test_a_reader_that_goes_away_ends_the_command_quietly(tmp_path):
    """``timeline tenures big.csv | head -1`` said 'timeline: error: [Errno 32] Broken pipe'.

    Now it stops with no message and status 141, as a shell reports for ``seq 1e6 | head -1``.
    """
    path = tmp_path / "big.csv"
    rows = "".join(f"Person {n},Office {n},2001,2002\n" for n in range(5000))
    path.write_text("person,office,start,end\n" + rows, encoding="utf-8")
    source = pathlib.Path(timeline_io.__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(source)}
    with subprocess.Popen(  # noqa: S603 - our own interpreter and command
        [sys.executable, "-m", "timeline", "tenures", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        assert process.stdout.readline().startswith(b"Office ")
        process.stdout.close()  # well before the 5,000 lines fill the pipe
        err = process.stderr.read().decode()
        status = process.wait(timeout=60)
    assert err == ""
    assert status == 141


@pytest.mark.parametrize(
    ("when", "said"),
    [
        ('"3 days after {nope}"', "event 'a' ('3 days after {nope}') names {nope}"),
        ('["2020", "2021"]', "contradictory evidence"),
    ],
)
@pytest.mark.parametrize("command", ["resolve", "chart", "tenures"])
def test_errors_found_resolving_a_file_name_it(tmp_path, capsys, command, when, said):
    """An unknown id or a contradiction found while resolving names the file.

    Errors found while loading it do; these named the event only (probe 16).
    """
    path = tmp_path / "story.toml"
    header = 'format = "timeline"\nversion = 1\n\n'
    path.write_text(
        f'{header}[[events]]\nid = "a"\nkind = "event"\nwhen = {when}\n', encoding="utf-8"
    )
    extra = ["-o", str(tmp_path / "out.png")] if command == "chart" else []
    assert main([command, str(path), *extra]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"timeline: error: {path}: {said}")


def test_a_chart_with_nothing_to_draw_is_an_error(tmp_path, capsys):
    """Nothing in --since/--until: no file, and an error that says why.

    An events file with nothing in the window wrote an empty chart with status 0 (probe 16).
    """
    path = tmp_path / "story.toml"
    path.write_text(
        'format = "timeline"\nversion = 1\n\n[[events]]\nid = "x"\nkind = "event"\n'
        'when = "2022-03-12"\n',
        encoding="utf-8",
    )
    target = tmp_path / "out.png"
    assert main(["chart", str(path), "-o", str(target), "--since", "1800", "--until", "1801"]) == 1
    assert "nothing to chart" in capsys.readouterr().err
    assert not target.exists()
    assert main(["chart", str(path), "-o", str(target)]) == 0
    assert target.exists()


def test_chart_of_a_tenures_csv(tmp_path, capsys):
    """``timeline chart FILE.csv --column ...`` charts tenures as ``timeline tenures`` reads them.

    It said 'cannot tell the format from the suffix .csv' (probe 16). --kind and --keep-going,
    which are for events files, are refused on one.
    """
    path = tmp_path / "envoys.csv"
    path.write_text("name,office,start,end\nA,Envoy,2001,2004\nB,Envoy,2005,\n", encoding="utf-8")
    target = tmp_path / "envoys.png"
    assert main(["chart", str(path), "--column", "person=name", "-o", str(target)]) == 0
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    for extra in (["--kind", "death=dismissal"], ["--keep-going"]):
        capsys.readouterr()
        assert main(["chart", str(path), "--column", "person=name", "-o", str(target), *extra]) == 1
        assert "is for events files" in capsys.readouterr().err
