import importlib
import importlib.metadata
import inspect
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import timeline
from timeline import strategies

MODULES = ["timeline", "timeline.dates", "timeline.durations", "timeline.events", "timeline.errors"]


def ours(obj):
    """Whether a value is a class or function defined in the timeline package."""
    is_code = inspect.isclass(obj) or inspect.isfunction(obj)
    return is_code and getattr(obj, "__module__", "").startswith("timeline")


def run_python(code, tmp_path):
    """Run code in a fresh interpreter, plugins enabled, and return its standard output."""
    env = {k: v for k, v in os.environ.items() if k != "HYPOTHESIS_NO_PLUGINS"}
    result = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.mark.parametrize("module_name", MODULES)
def test_every_exported_name_exists(module_name):
    """Each name in a public module's __all__ exists there, and is listed once."""
    module = importlib.import_module(module_name)
    assert len(set(module.__all__)) == len(module.__all__)
    missing = [name for name in module.__all__ if not hasattr(module, name)]
    assert missing == []


@pytest.mark.parametrize("module_name", MODULES[1:])
def test_submodules_export_the_same_objects(module_name):
    """What timeline.dates, .durations, .events and .errors export is what timeline exports."""
    module = importlib.import_module(module_name)
    for name in module.__all__:
        if name in timeline.__all__:
            assert getattr(timeline, name) is getattr(module, name), name


def test_every_exported_class_and_function_has_an_example():
    """Each class or function we export has a docstring with a runnable '>>>' example."""
    lacking = [
        name
        for name in timeline.__all__
        if ours(getattr(timeline, name)) and ">>>" not in (getattr(timeline, name).__doc__ or "")
    ]
    assert lacking == []


def test_every_strategy_is_exported_and_documented():
    """The public strategies are in strategies.__all__, each with a '>>>' example."""
    assert set(strategies.__all__) >= {
        "days",
        "durations",
        "event_ids",
        "events",
        "fuzzy_dates",
        "periods",
    }
    for name in strategies.__all__:
        assert ">>>" in (getattr(strategies, name).__doc__ or ""), name


def test_public_modules_have_examples():
    """The package and its public modules open with a docstring that has an example."""
    for module_name in [*MODULES, "timeline.strategies"]:
        module = importlib.import_module(module_name)
        assert ">>>" in (module.__doc__ or ""), module_name


def test_version_matches_the_installed_metadata():
    """timeline.__version__ is the version the package was installed as."""
    assert timeline.__version__ == importlib.metadata.version("timeline")


def test_package_is_typed():
    """The package ships a py.typed marker, so type checkers read its annotations."""
    assert (Path(timeline.__file__).parent / "py.typed").is_file()


def test_import_is_light(tmp_path):
    """`import timeline` loads neither matplotlib nor hypothesis."""
    output = run_python(
        """
        import sys
        import timeline
        print(sorted(m for m in ("matplotlib", "hypothesis") if m in sys.modules))
        """,
        tmp_path,
    )
    assert output == "[]"


@pytest.mark.parametrize(
    "imports",
    [
        "from hypothesis import given, settings, strategies as st\nimport timeline",
        "import timeline\nfrom hypothesis import given, settings, strategies as st",
        "import timeline.strategies\nfrom hypothesis import given, settings, strategies as st",
    ],
)
def test_from_type_works_in_a_fresh_interpreter(imports, tmp_path):
    """The hypothesis entry point registers our types, whichever is imported first.

    Events are checked in test_strategies, in-process: drawing their text is slow to set up.
    """
    code = (
        imports
        + """
import timeline as tl

@settings(max_examples=10, database=None)
@given(
    st.from_type(tl.FuzzyDate),
    st.from_type(tl.Period),
    st.from_type(tl.Duration),
)
def check(date, period, duration):
    assert isinstance(date, tl.FuzzyDate)
    assert isinstance(period, tl.Period)
    assert isinstance(duration, tl.Duration)
    print("drawn")

check()
"""
    )
    assert "drawn" in run_python(code, tmp_path)
