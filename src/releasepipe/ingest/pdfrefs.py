"""Reference cycles in a PDF: an indirect object that leads back to itself reads as null.

An object of a PDF may be a bare reference to another (``7 0 obj 8 0 R
endobj``). pdfminer follows such chains in ``resolve1`` with ``while
isinstance(x, PDFObjRef)``, so two objects that refer to each other hang it
for good: a 760-byte file whose Info /Title (or a page's /Contents, /Kids,
/MediaBox, a font) is such a pair never returns. An object that needs itself
while it is being read (a stream whose /Length refers back to the stream)
recurses until Python's recursion limit.

:func:`install` wraps ``PDFDocument.getobj``, the one place every reference
is looked up, so that it follows a chain of bare references itself, at most
:data:`MAX_CHAIN` links and never through an object twice, and raises
``PDFObjectNotFound`` for a cycle or for an object asked for while it is
being read. pdfminer treats that as a dangling reference: ``resolve`` gives
``None``, which the PDF format reads as null. Nothing changes for a file
without cycles.
"""

from __future__ import annotations

from typing import Any

from pdfminer.pdfdocument import PDFDocument, PDFObjectNotFound
from pdfminer.pdftypes import PDFObjRef

__all__ = ["MAX_CHAIN", "install"]

#: Links of a chain of bare references followed before it counts as a cycle.
#: Producers write none; a few are harmless.
MAX_CHAIN = 32


def install() -> None:
    """Put the cycle-safe ``getobj`` in place of pdfminer's (idempotent)."""
    if getattr(PDFDocument, "_releasepipe_cycle_safe", False):
        return
    original = PDFDocument.getobj

    def getobj(self: PDFDocument, objid: int) -> object:
        reading: set[int] = self.__dict__.setdefault("_releasepipe_reading", set())
        if objid in reading:  # asked for again while it is being read: a cycle
            raise PDFObjectNotFound(objid)
        reading.add(objid)
        try:
            obj: Any = original(self, objid)
            seen = {objid}
            while isinstance(obj, PDFObjRef):
                if obj.objid in seen or len(seen) > MAX_CHAIN:
                    raise PDFObjectNotFound(obj.objid)
                seen.add(obj.objid)
                obj = original(self, obj.objid)
            return obj
        finally:
            reading.discard(objid)

    getobj.__doc__ = original.__doc__
    PDFDocument.getobj = getobj  # type: ignore[method-assign]
    PDFDocument._releasepipe_cycle_safe = True  # type: ignore[attr-defined]
