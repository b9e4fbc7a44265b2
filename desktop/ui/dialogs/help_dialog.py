"""帮助: a bundled Markdown document (user guide, draw host script) rendered with its screenshots."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QUrl
from PySide6.QtGui import QTextCursor, QTextDocument, QTextImageFormat
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.ui.i18n import tr
from desktop.ui.widgets.screen_fit import fit_size

_CTX = "HelpDialog"
DOCUMENTS = {"guide": "user-guide.md", "ceremony": "ceremony-script.md"}
_MARGIN = 48  # keeps a screenshot clear of the scroll bar


def docs_dir() -> Path:
    """resources/docs: the guide, the host script and their images (shipped inside the package)."""
    import resources

    return Path(resources.__file__ or "").resolve().parent / "docs"


def document_path(document: str) -> Path:
    """The Markdown file of `document` ("guide", "ceremony" or a file name in the docs folder)."""
    return docs_dir() / DOCUMENTS.get(document, document)


def document_title(path: Path) -> str:
    """The first level-one heading of a Markdown file ('' when there is none)."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return ""


class HelpDialog(QDialog):
    """Shows one document; links to the other .md files open in the same window, web links in the browser."""

    def __init__(self, document: str = "guide", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fit_size(self, 980, 760)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.sourceChanged.connect(self._on_source)
        self.browser.viewport().installEventFilter(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr(_CTX, "关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.open_document(document)

    def open_document(self, document: str) -> None:
        """Load a document; images and links resolve relative to its folder."""
        path = document_path(document)
        if not path.exists():
            self.browser.setPlainText(tr(_CTX, "找不到帮助文件：{path}").format(path=path))
            self.setWindowTitle(tr(_CTX, "帮助"))
            return
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource)

    def title(self) -> str:
        """The document's title as rendered (its first heading)."""
        block = self.browser.document().firstBlock()
        while block.isValid():
            if block.blockFormat().headingLevel() == 1:
                return block.text()
            block = block.next()
        return ""

    def _on_source(self, _url: QUrl) -> None:
        self.setWindowTitle(self.title() or tr(_CTX, "帮助"))
        self._fit_images()

    def _fit_images(self) -> None:
        """Scale screenshots down to the window width (never up)."""
        width = max(200, self.browser.viewport().width() - _MARGIN)
        doc = self.browser.document()
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    image = fmt.toImageFormat()
                    natural = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(image.name()))
                    full = natural.width() if hasattr(natural, "width") else width
                    fitted = QTextImageFormat(image)
                    fitted.setWidth(min(full, width))
                    cursor = QTextCursor(doc)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(fitted)
                it += 1
            block = block.next()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.browser.viewport():
            self._fit_images()
        return super().eventFilter(watched, event)
