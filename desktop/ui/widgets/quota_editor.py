"""Per risk class: not drawn, a ratio num/den, or a fixed count — the quotas of a task or plan entry."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QSpinBox, QWidget

from desktop.ui.i18n import tr

_MAX = 100_000


class QuotaEditor(QWidget):
    """`quotas()` returns {"A": {"ratio": "1/20"}, "C": {"count": "2"}} for the classes that take part."""

    def __init__(self, risk_labels: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: dict[str, tuple[QComboBox, QSpinBox, QSpinBox, QSpinBox]] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for col, text in enumerate((self.tr("风险等级"), self.tr("抽取方式"), self.tr("比例"), "",
                                    self.tr("固定数量"))):
            grid.addWidget(QLabel(text), 0, col)
        for row, (code, label) in enumerate(risk_labels, start=1):
            mode = QComboBox()
            mode.addItem(self.tr("不抽取"), "")
            mode.addItem(self.tr("按比例"), "ratio")
            mode.addItem(self.tr("固定数量"), "count")
            num, den, count = QSpinBox(), QSpinBox(), QSpinBox()
            num.setRange(1, _MAX)
            den.setRange(1, _MAX)
            den.setValue(20)
            count.setRange(0, _MAX)
            den.setPrefix("/ ")
            mode.setAccessibleName(self.tr("{label}抽取方式").format(label=label))
            mode.currentIndexChanged.connect(lambda _i, c=code: self._sync(c))
            grid.addWidget(QLabel(self.tr("{code}（{label}）").format(code=code, label=label)), row, 0)
            grid.addWidget(mode, row, 1)
            grid.addWidget(num, row, 2)
            grid.addWidget(den, row, 3)
            grid.addWidget(count, row, 4)
            self._rows[code] = (mode, num, den, count)
            if row == 1:
                self.setFocusProxy(mode)  # the form label's mnemonic lands on the first class
            self._sync(code)

    def _sync(self, code: str) -> None:
        mode, num, den, count = self._rows[code]
        kind = mode.currentData()
        num.setEnabled(kind == "ratio")
        den.setEnabled(kind == "ratio")
        count.setEnabled(kind == "count")

    def quotas(self) -> dict[str, dict[str, str]]:
        """The quotas of the classes that take part."""
        out: dict[str, dict[str, str]] = {}
        for code, (mode, num, den, count) in self._rows.items():
            if mode.currentData() == "ratio":
                out[code] = {"ratio": f"{num.value()}/{den.value()}"}
            elif mode.currentData() == "count":
                out[code] = {"count": str(count.value())}
        return out

    def set_quotas(self, quotas: Mapping[str, Mapping[str, str]]) -> None:
        """Show stored quotas; classes without one are set to 不抽取."""
        for code, (mode, num, den, count) in self._rows.items():
            spec = quotas.get(code, {})
            if "ratio" in spec:
                n, d = spec["ratio"].split("/")
                num.setValue(int(n))
                den.setValue(int(d))
                mode.setCurrentIndex(mode.findData("ratio"))
            elif "count" in spec:
                count.setValue(int(spec["count"]))
                mode.setCurrentIndex(mode.findData("count"))
            else:
                mode.setCurrentIndex(0)
            self._sync(code)

    @staticmethod
    def describe(quotas: Mapping[str, Mapping[str, str]], risk_labels: Sequence[tuple[str, str]]) -> str:
        """One line for lists: 'A 低风险 1/20；C 较高风险 2户'."""
        labels = dict(risk_labels)
        parts = []
        for code in sorted(quotas):
            spec = quotas[code]
            amount = spec["ratio"] if "ratio" in spec else tr("QuotaEditor", "{n}户").format(n=spec.get("count", ""))
            parts.append(tr("QuotaEditor", "{label} {amount}").format(label=labels.get(code, code), amount=amount))
        return tr("QuotaEditor", "；").join(parts)
