import importlib.util
import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"


def _gen_api():
    spec = importlib.util.spec_from_file_location("_timeline_docs_gen_api", DOCS / "gen_api.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_api_reference_is_up_to_date():
    """Regenerating docs/api.md from the docstrings gives exactly the committed file.

    If this fails, a public name or a docstring changed: run ``python docs/gen_api.py`` and
    commit the new docs/api.md.
    """
    committed = (DOCS / "api.md").read_text(encoding="utf-8")
    regenerated = _gen_api().render()
    assert regenerated == committed, "docs/api.md is stale: run `python docs/gen_api.py`"


def test_api_reference_lists_every_public_name():
    """Every name in the public ``__all__`` lists has an entry in docs/api.md."""
    import timeline
    from timeline import errors, strategies

    text = (DOCS / "api.md").read_text(encoding="utf-8")
    for module in (timeline, errors, strategies):
        for name in module.__all__:
            assert f"`{name}" in text, f"{module.__name__}.{name} is missing from docs/api.md"
