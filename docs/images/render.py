"""Make the README's pictures: page 1 of a sample's summary and of the samples' digest.

    releasepipe run samples --out out && python docs/images/render.py out

Word files are converted to PDF by LibreOffice (``soffice``, its own profile
folder) and page 1 is drawn with pypdfium2 (``pip install pypdfium2``; only
this script needs it), then reduced to 64 colours.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
PICTURES = {"summary-page1.png": "fr/niamey-retours.docx", "digest-page1.png": "digest.docx"}


def main(out: str) -> int:
    import pypdfium2

    with tempfile.TemporaryDirectory() as tmp:
        for picture, docx in PICTURES.items():
            source = Path(out) / docx
            subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                            "--convert-to", "pdf", "--outdir", tmp, str(source)], check=True, capture_output=True)
            page = pypdfium2.PdfDocument(Path(tmp) / (source.stem + ".pdf"))[0]
            image = page.render(scale=1.4).to_pil().convert("RGB").quantize(64)
            image.save(HERE / picture, optimize=True)
            print(HERE / picture)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "out"))
