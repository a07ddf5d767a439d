"""Very large regular expressions compiled once per OUT, not once per worker process.

spaCy's French tokenizer matches its exceptions ("New-York", "anti-vax",
"aujourd'hui"…) with one regular expression of 1.4 million characters, and
Python's ``re`` compiles it in pure Python: 2.3 s of every worker's start, in
the first run and in every rerun, where the rest of a worker's start takes
about 4 s. Python has no way to keep a compiled pattern (a ``re.Pattern``
pickles as its source) and no kept library offers one; but ``re`` itself ends
every compilation by handing the compiled code, a list of integers, to
``_sre.compile``, which builds the pattern from it in milliseconds.

So a worker of a run that keeps OUT's cache (see :mod:`releasepipe.cache`)
compiles a pattern of more than :data:`LIMIT` characters as ``re`` does, keeps
its code in the cache's database under the SHA-256 of the pattern, its flags
and the exact Python build (the code's format is CPython's, and changes
between versions), and the next worker builds it from there. Anything
unexpected (another Python, a damaged row, a changed internal API) falls back
to ``re``'s own compilation, and a row that is not this pattern's code (the
wrong size, the wrong number of groups) is compiled again and replaced. OUT's
cache is trusted as the paragraph cache is: a valid but different code written
there on purpose would change how the tokenizer splits words.
"""

from __future__ import annotations

import array
import hashlib
import importlib
import json
import re
import sys
from collections.abc import Callable
from typing import Any, Protocol

#: Patterns shorter than this are compiled as usual (all but spaCy's French
#: tokenizer exceptions: the next largest a run compiles has 21,000 characters
#: and takes 16 ms).
LIMIT = 200_000


class Store(Protocol):
    def get_pattern(self, k: bytes) -> bytes | None: ...
    def put_pattern(self, k: bytes, code: bytes) -> None: ...


_installed: list[tuple[Callable[..., Any], Store]] = []


def install(store: Store) -> bool:
    """Compile large patterns through ``store`` in this process from now on (a worker's
    start); False, changing nothing, where this Python's ``re`` is not the one this
    module knows."""
    if _installed:
        return True
    internals = _internals()
    if internals is None:
        return False
    _sre, _compiler, _ = internals
    if array.array("I").itemsize != _sre.CODESIZE or not callable(getattr(_compiler, "_code", None)):
        return False
    original = _compiler.compile

    def compile(p: Any, flags: int = 0) -> Any:  # noqa: A001 - the name re calls
        if not isinstance(p, str) or len(p) < LIMIT or flags & re.DEBUG:
            return original(p, flags)
        try:
            return _cached(p, flags, store)
        except Exception:  # noqa: BLE001 - any surprise: re's own way, which raises what it raises
            return original(p, flags)

    _installed.append((original, store))
    _compiler.compile = compile
    return True


def uninstall() -> None:
    """Undo :func:`install` (tests)."""
    internals = _internals()
    if _installed and internals is not None:
        internals[1].compile = _installed.pop()[0]


def _internals() -> tuple[Any, Any, Any] | None:
    """CPython's ``_sre`` and ``re``'s compiler and parser modules (private: Python 3.11's layout)."""
    try:
        return (importlib.import_module("_sre"), importlib.import_module("re._compiler"),
                importlib.import_module("re._parser"))
    except ImportError:
        return None


def _key(p: str, flags: int) -> bytes:
    _sre = importlib.import_module("_sre")
    head = json.dumps([sys.version, sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE, flags]).encode()
    return hashlib.sha256(head + b"\0" + p.encode("utf-8", "surrogatepass")).digest()


def _cached(p: str, flags: int, store: Store) -> re.Pattern[str]:
    """The pattern built from its kept code, or compiled as ``re._compiler.compile`` does
    (parse, generate code, ``_sre.compile``) and its code kept."""
    internals = _internals()
    assert internals is not None  # install() checked
    _sre, _compiler, _parser = internals
    k = _key(p, flags)
    blob = store.get_pattern(k)
    if blob is not None:
        try:
            head, _, body = blob.partition(b"\0")
            all_flags, groups, groupindex, indexgroup = json.loads(head)
            # what a row of this pattern can be: as many groups as it has parentheses, code no larger
            # than a few words per character (a planted row could ask for millions of groups)
            if not (groups == len(indexgroup) - 1 <= p.count("(") and len(body) <= 16 * len(p)):
                raise ValueError("not this pattern's code")
            code = array.array("I")
            code.frombytes(body)
            return _sre.compile(p, all_flags, code.tolist(), groups, groupindex, tuple(indexgroup))
        except Exception:  # noqa: BLE001 - a damaged row: compiled again below, and replaced
            pass
    parsed = _parser.parse(p, flags)
    code_list = _compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    all_flags = flags | parsed.state.flags
    pattern = _sre.compile(p, all_flags, code_list, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    head = json.dumps([all_flags, parsed.state.groups - 1, groupindex, indexgroup]).encode()
    store.put_pattern(k, head + b"\0" + array.array("I", code_list).tobytes())
    return pattern
