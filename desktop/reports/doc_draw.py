"""摇号抽取记录: inputs, hashes, commitment, witnesses, strata, results, events, QR code, signatures."""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO

import segno
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Spacer

from desktop.reports.blocks import Kit, cn_datetime, group4
from desktop.reports.data import DrawRecordDoc, InspectorInfo
from desktop.reports.fonts import FontSet
from desktop.reports.page import PageSpec, build_pdf
from desktop.reports.tables import form_table, grid

__all__ = ["fingerprint", "render_draw_record"]

QR_SIZE = 32 * mm


def fingerprint(result_hash: str) -> str:
    """The first 16 hex digits grouped by four, as printed on every page and shown on the projector."""
    return group4(result_hash[:16]) if result_hash else "（尚未计算）"


def _qr(data: str) -> Image:
    """A QR code of the result hash: segno draws it, reportlab embeds the PNG."""
    buf = io.BytesIO()
    segno.make(data, error="m").save(buf, kind="png", scale=6, border=2)
    buf.seek(0)
    return Image(buf, width=QR_SIZE, height=QR_SIZE)


def _team(team: tuple[InspectorInfo, ...]) -> str:
    return "\n".join(f"{m.role} {m.name}（{m.staff_no}）" if m.staff_no else f"{m.role} {m.name}"
                     for m in team)


def _section(kit: Kit, text: str) -> list[Flowable]:
    return [Spacer(1, 3 * mm), *kit.heading(text, "formh"), Spacer(1, 1.5 * mm)]


def _overview(kit: Kit, doc: DrawRecordDoc) -> list[Flowable]:
    t = doc.task
    times = list(doc.times) + [("", None)] * (len(doc.times) % 2)
    rows: list[list[str | None]] = [
        ["任务编号", t.number, "抽取序次", f"第{doc.attempt}次"],
        ["任务名称", t.name, None, None],
        ["法律依据", t.legal_basis or "—", None, None],
        ["抽取状态", doc.state_label, "操作员", doc.operator],
    ]
    for i in range(0, len(times), 2):
        rows.append([times[i][0], cn_datetime(times[i][1]), times[i + 1][0], cn_datetime(times[i + 1][1])])
    spans = [((1, 1), (3, 1)), ((1, 2), (3, 2))]
    return [*_section(kit, "一、任务与抽取信息"),
            form_table(kit, rows, [0.16, 0.36, 0.14, 0.34], labels=(0, 2), spans=spans, style="cell",
                       label_style="cellh")]


def _rules(kit: Kit, doc: DrawRecordDoc) -> list[Flowable]:
    pairs = list(doc.rules) + [("", "")] * (len(doc.rules) % 2)
    rows = [[pairs[i][0], pairs[i][1], pairs[i + 1][0], pairs[i + 1][1]] for i in range(0, len(pairs), 2)]
    return [*_section(kit, "二、规则参数（rules.tsv）"),
            form_table(kit, rows, [0.2, 0.3, 0.2, 0.3], labels=(0, 2), style="cell", label_style="cellh")]


def _hashes(kit: Kit, doc: DrawRecordDoc) -> list[Flowable]:
    rows: list[list[str]] = [[name, group4(value, 8)] for name, value in doc.files]
    out = [*_section(kit, "三、冻结名录文件指纹（SHA-256）"),
           grid(kit, ["文件", "SHA-256"], rows, [0.3, 0.7], styles=["cell", "mono"])]
    out += _section(kit, "四、承诺、见证与种子")
    out.append(form_table(kit, [["承诺值（抽取前公布）", group4(doc.commit_hex, 8) or "—"]], [0.3, 0.7],
                          style="mono", label_style="cellh"))
    out.append(Spacer(1, 2 * mm))
    wrows: list[list[str]] = [[str(w.seat), w.name, w.affiliation, w.digits] for w in doc.witnesses]
    if not wrows:
        wrows = [["—", "（尚无见证人）", "", ""]]
    out.append(grid(kit, ["座次", "见证人", "身份/单位", "输入数字"], wrows, [0.1, 0.22, 0.34, 0.34],
                    styles=["cellc", "cell", "cell", "mono"]))
    out.append(Spacer(1, 2 * mm))
    out.append(form_table(kit, [["密钥（揭示后）", group4(doc.secret_hex, 8) or "（尚未揭示）"],
                                ["种子", group4(doc.seed_hex, 8) or "（尚未计算）"]],
                          [0.3, 0.7], style="mono", label_style="cellh"))
    return out


def _strata(kit: Kit, doc: DrawRecordDoc) -> list[Flowable]:
    rows: list[list[str]] = [[f"{s.stratum} {s.label}".strip(), str(s.base), str(s.eligible), s.rule, str(s.quota)]
                             for s in doc.strata]
    rows.append(["合计", str(sum(s.base for s in doc.strata)), str(sum(s.eligible for s in doc.strata)), "",
                 str(sum(s.quota for s in doc.strata))])
    return [*_section(kit, "五、分层抽取"),
            grid(kit, ["风险等级", "名录数", "可抽数", "比例/数量", "应抽数"], rows, [0.28, 0.18, 0.18, 0.18, 0.18],
                 styles=["cell", "cellc", "cellc", "cellc", "cellc"])]


def _results(kit: Kit, doc: DrawRecordDoc) -> list[Flowable]:
    out = _section(kit, f"六、抽取结果（共{len(doc.drawn)}户）")
    if not doc.drawn:
        return [*out, kit.para("尚未抽取。", "cell")]
    rows: list[list[str]] = [[str(d.position), d.name, d.code, d.stratum, group4(d.key_hex[:16]), _team(d.team)]
                             for d in doc.drawn]
    out.append(grid(kit, ["序号", "检查对象", "统一社会信用代码", "等级", "抽签号（前16位）", "检查组"], rows,
                    [0.045, 0.2, 0.21, 0.045, 0.22, 0.28],
                    styles=["cellc", "cell", "mono", "cellc", "mono", "cell"]))
    return out


def _events(kit: Kit, doc: DrawRecordDoc) -> list[Flowable]:
    out = _section(kit, "七、现场事件")
    if not doc.events:
        return [*out, kit.para("无。", "cell")]
    rows: list[list[str]] = [[str(e.seq), cn_datetime(e.at), e.text] for e in doc.events]
    out.append(grid(kit, ["序号", "时间", "事件"], rows, [0.07, 0.3, 0.63], styles=["cellc", "cell", "cell"]))
    return out


def _result_hash(kit: Kit, doc: DrawRecordDoc) -> list[Flowable]:
    head = _section(kit, "八、结果哈希")
    if not doc.result_hash:
        return [*head, kit.para("尚未计算。", "cell")]
    text = [kit.para(group4(doc.result_hash, 4), "mono"), Spacer(1, 2 * mm),
            kit.para("结果哈希是抽取结果文件（result.tsv）的 SHA-256。扫描右侧二维码可核对；"
                     "任何人可用公开的抽取包和独立复核程序重新计算并比对。", "cell")]
    table = form_table(kit, [[text, _qr(doc.result_hash)]], [0.72, 0.28], labels=(), style="cell",
                       extra=[("ALIGN", (1, 0), (1, 0), "CENTER")])
    return [KeepTogether([*head, table])]


def _signatures(kit: Kit, doc: DrawRecordDoc) -> list[Flowable]:
    rows = [("主持人", doc.host), ("操作员", doc.operator)]
    rows += [(f"见证人（{w.seat}）", w.name) for w in doc.witnesses] or [("见证人", "")]
    rows.append(("监督", doc.supervisor))
    return [KeepTogether([*_section(kit, "九、签名"), kit.sign_lines(rows)])]


def render_draw_record(doc: DrawRecordDoc, fonts: FontSet, out: Path | BinaryIO) -> int:
    """The record of one draw attempt; every page carries the result-hash fingerprint and 第x页 共y页."""
    kit = Kit(fonts, public=True)
    title = "摇号抽取记录" + ("（演练）" if doc.head.rehearsal else "")
    story: list[Flowable] = [*kit.title(title), kit.para(doc.head.org_name, "subtitle"), Spacer(1, 2 * mm)]
    story += _overview(kit, doc) + _rules(kit, doc) + _hashes(kit, doc) + _strata(kit, doc)
    story += _results(kit, doc) + _events(kit, doc) + _result_hash(kit, doc) + _signatures(kit, doc)
    spec = PageSpec(title=f"摇号抽取记录 {doc.task.number} 第{doc.attempt}次", author=doc.head.org_name,
                    created=doc.head.issued_on,
                    page_numbers=False, footer=f"{doc.task.number}　结果哈希 {fingerprint(doc.result_hash)}",
                    page_of=True, rehearsal=doc.head.rehearsal)
    return build_pdf(story, fonts, out, spec)
