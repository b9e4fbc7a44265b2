"""Sample document data for the report tests: realistic text, long names, a full 身份证号 to be masked."""

from __future__ import annotations

import hashlib
from datetime import date, datetime

from desktop.core.identifiers import id_check_char
from desktop.core.profiles import DISPOSALS, POLICE_RESULT_CATEGORIES
from desktop.reports import data as d

ORG = "咸宁市公安局"
TASK_NO = "咸公抽查〔2026〕1号"
# A syntactically valid 身份证号 and a mobile number that must never appear in full in a public document.
ID_NUMBER = "42120119850312123" + id_check_char("42120119850312123")
MOBILE = "13812345678"
LONG_NAME = "咸宁市咸安区温泉街道第一百零八号商务宾馆有限责任公司（含附属停车场、餐饮部及会议中心）温泉路分店"
METHODS = ("实地核查", "书面检查", "网络监测", "检验检测", "委托专业机构辅助")


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def uscc(n: int) -> str:
    from desktop.core.identifiers import uscc_check_char
    first17 = f"914212{n:011d}"
    return first17 + uscc_check_char(first17)


TASK = d.TaskInfo(TASK_NO, "2026年旅馆业治安管理抽查", "《旅馆业治安管理办法》第六条、第十五条",
                  date(2026, 12, 1), date(2026, 12, 20), item_names=("旅馆业治安管理检查", "消防安全检查（配合）"),
                  plan_name="咸宁市公安局2026年度抽查工作计划")
TEAM = (d.InspectorInfo("张警官", "100001", "组长", "治安管理大队", "鄂公执字第12345号"),
        d.InspectorInfo("李警官", "100002", "组员", "治安管理大队", "鄂公执字第12346号"))


def target(n: int = 1, name: str = "") -> d.TargetInfo:
    return d.TargetInfo(name or f"咸安区第{n}号宾馆", uscc(n), "湖北省咸宁市咸安区温泉路88号", "王法人", MOBILE,
                        "B 一般风险", "旅馆业")


def check_points(n: int, long: bool = False) -> tuple[d.CheckLine, ...]:
    text = ("是否按规定落实旅客住宿登记制度，如实登记旅客姓名、身份证件种类和号码、住址、入住和离店时间，"
            "并按规定上传公安机关治安管理信息系统") if long else "是否落实旅客住宿登记制度"
    return tuple(d.CheckLine(f"{text}（第{k}条）", "查阅登记簿，抽查近一个月记录") for k in range(1, n + 1))


ITEMS = (d.RecordItem("旅馆业治安管理检查", check_points(5)), d.RecordItem("消防安全检查（配合）", check_points(3)))


def items_doc(long_points: int = 4) -> d.ItemListDoc:
    rows = tuple(d.ItemRow(f"XN-{i:03d}", ("旅馆业治安管理检查", "易制毒化学品购销企业检查")[i % 2], "治安管理", "",
                           "《旅馆业治安管理办法》第六条；《易制毒化学品管理条例》第三十二条", "县级公安机关",
                           "旅馆业经营单位", "重点" if i % 2 else "一般", "现场检查", "不低于5%", "每年1次",
                           "从事治安管理工作人员", f"联系电话{MOBILE}" if i == 1 else "",
                           tuple(f"检查要点{k}：是否落实登记制度" for k in range(1, long_points + 1)))
                 for i in range(1, 7))
    return d.ItemListDoc(d.Letterhead(ORG, date(2026, 1, 15)), f"{ORG}随机抽查事项清单", rows)


def plan_doc() -> d.PlanDoc:
    lines = tuple(d.PlanLine(i, f"第{i}批旅馆业治安管理抽查", ("旅馆业治安管理检查",), "咸安区", date(2026, 3, 1),
                             date(2026, 5, 31), "A 1/20；B 1/10；C 2户；D 1/2", 1, i == 2,
                             "发起：治安管理大队；参与：市场监督管理局" if i == 3 else "") for i in range(1, 5))
    return d.PlanDoc(d.Letterhead(ORG, date(2026, 1, 20)), 2026, f"{ORG}2026年度抽查工作计划", lines, "已发布",
                     (("XN-009 典当业治安管理检查", "列入下年度计划"),))


def announcement_doc(show: bool = True) -> d.AnnouncementDoc:
    drawn = tuple(d.PublicTarget(i, LONG_NAME if i == 2 else f"咸安区第{i}号宾馆", uscc(i), "B 一般风险")
                  for i in range(1, 11))
    return d.AnnouncementDoc(d.Letterhead(ORG, date(2026, 11, 25), "咸公抽告〔2026〕1号"), TASK, "温泉派出所辖区旅馆业",
                             10, drawn, show, f"治安管理大队 0715-8123456；举报人手机{MOBILE}")


def draw_doc(rehearsal: bool = False, drawn: int = 25) -> d.DrawRecordDoc:
    t0 = datetime(2026, 11, 20, 9, 30, 0)
    lines = tuple(d.DrawnLine(i, uscc(i), LONG_NAME if i == 3 else f"咸安区第{i}号宾馆", "ABCD"[i % 4], sha(str(i)),
                              (d.InspectorInfo(f"民警{i}", f"1000{i:02d}", "组长"),
                               d.InspectorInfo(f"民警{i + 30}", f"1000{i + 30:02d}", "组员")))
                  for i in range(1, drawn + 1))
    return d.DrawRecordDoc(
        d.Letterhead(ORG, date(2026, 11, 20), rehearsal=rehearsal), TASK, 1, "已锁定", "经办人",
        (("冻结名录", t0), ("公布承诺", t0), ("揭示密钥", t0), ("锁定结果", t0)),
        (("任务编号", TASK_NO), ("检查组人数", "2"), ("每年最多被抽次数", "2"), ("比例（A）", "1/10")),
        tuple((f, sha(f)) for f in ("targets.tsv", "inspectors.tsv", "conflicts.tsv", "rules.tsv")), sha("commit"),
        (d.WitnessLine(1, "王见证", "人大代表", "31415926"), d.WitnessLine(2, "李见证", "纪检监察室", "27182818")),
        sha("secret"), sha("seed"),
        (d.StratumLine("A", "低风险", 10, 10, "1/10", 1), d.StratumLine("D", "高风险", 10, 10, "1/2", 5)),
        lines, (d.EventLine(1, t0, "回避：民警3 退出 咸安区第3号宾馆 检查组，见证人数字 5772156 重新抽取"),),
        sha("result"), "赵主持", "纪委监督员")


def notice_doc() -> d.NoticeDoc:
    return d.NoticeDoc(d.Letterhead(ORG, date(2026, 12, 1), "咸公告〔2026〕3号"), target(1, LONG_NAME), TASK,
                       TASK.item_names, ("实地核查",), ("营业执照、特种行业许可证", "旅客住宿登记簿"), TEAM, "张警官",
                       "0715-8123456")


def record_sheet(n: int = 1, mode: str = "prefilled", items: tuple[d.RecordItem, ...] = ITEMS) -> d.RecordSheet:
    if mode == "completed":
        items = tuple(d.RecordItem(i.name, tuple(d.CheckLine(ln.content, ln.guidance, k != 1,
                                                             "未登记访客信息" if k == 1 else "",
                                                             "当场责令改正" if k == 1 else "")
                                                 for k, ln in enumerate(i.lines))) for i in items)
    return d.RecordSheet(d.Letterhead(ORG, date(2026, 12, 3)), None if mode == "blank" else TASK,
                         None if mode == "blank" else target(n), items, TEAM, mode, date(2026, 12, 3), METHODS,
                         ("实地核查",), POLICE_RESULT_CATEGORIES, ("发现问题经责令已改正",), DISPOSALS, ("责令改正",),
                         "限期三日内整改", ("营业执照",), "无异议", True, review_opinion="同意",
                         reviewed_by="组长甲", reviewed_on=date(2026, 12, 4))


def rectification_doc() -> d.RectificationDoc:
    return d.RectificationDoc(
        d.Letterhead(ORG, date(2026, 12, 5), "咸公责改〔2026〕1号"), target(1), TASK_NO, date(2026, 12, 3),
        f"经查，你单位未按规定如实登记2026年11月28日入住旅客（身份证号{ID_NUMBER}）的身份信息。",
        "《旅馆业治安管理办法》第六条", "立即补录旅客身份信息，建立访客登记制度。", date(2026, 12, 20), TEAM)


def report_doc() -> d.ReportDoc:
    sheet = record_sheet(1, "completed")
    return d.ReportDoc(d.Letterhead(ORG, date(2026, 12, 6)), TASK, target(1), date(2026, 12, 3), TEAM, sheet.items,
                       ("实地核查",), ("发现问题经责令已改正",), ("责令改正",), "限期三日内整改",
                       "已下达责令（限期）整改通知书（咸公责改〔2026〕1号），限于2026年12月20日前改正。", "同意", "组长甲")


def publication_doc() -> d.PublicationDoc:
    rows = tuple(d.ResultRow(i, LONG_NAME if i == 2 else f"咸安区第{i}号宾馆", uscc(i), date(2026, 12, 10),
                             "未发现问题" if i % 3 else "发现问题经责令已改正",
                             f"法定代表人身份证号{ID_NUMBER}" if i == 4 else "") for i in range(1, 13))
    return d.PublicationDoc(d.Letterhead(ORG, date(2026, 12, 28)), f"{ORG}2026年度第1号抽查任务检查结果公告", TASK,
                            rows, date(2026, 12, 28))


def correction_doc() -> d.CorrectionDoc:
    return d.CorrectionDoc(d.Letterhead(ORG, date(2027, 1, 10), "咸公更〔2027〕1号"), TASK, "咸安区第3号宾馆", uscc(3),
                           date(2026, 12, 28), "发现问题经责令已改正", "未发现问题", "录入时误选检查结果，经复核更正",
                           "局长甲", date(2027, 1, 9))


def feedback_doc(outcome: str = "维持") -> d.ReviewFeedbackDoc:
    return d.ReviewFeedbackDoc(d.Letterhead(ORG, date(2027, 1, 15), "咸公复〔2027〕1号"), TASK, "咸安区第3号宾馆",
                               uscc(3), date(2027, 1, 2), f"对检查结果有异议，联系人手机{MOBILE}", date(2027, 1, 12),
                               outcome, "经调取检查记录和现场照片复核，原检查认定事实清楚。",
                               "未发现问题" if outcome == "更正" else "")


def annual_doc() -> d.AnnualReportDoc:
    tasks = (d.AnnualTaskLine(TASK_NO, TASK.name, 12, 12, date(2026, 12, 28)),
             d.AnnualTaskLine("咸公抽查〔2026〕2号", "2026年公章刻制业治安管理抽查", 8, 6, None))
    results = tuple(d.Count(c, v) for c, v in zip(POLICE_RESULT_CATEGORIES, (11, 2, 1, 0, 3, 1, 0, 0), strict=False))
    risks = (d.RiskLine("A 低风险", 2, 2), d.RiskLine("B 一般风险", 5, 4), d.RiskLine("C 较高风险", 5, 5),
             d.RiskLine("D 高风险", 8, 7))
    return d.AnnualReportDoc(d.Letterhead(ORG, date(2027, 2, 20)), 2026, f"{ORG}2026年度抽查工作计划", 4, tasks, 1,
                             results, risks, (d.Count("责令改正", 3), d.Count("无需后续处置", 15)), 3, 2, 1, 1,
                             ("部分检查对象登记信息更新不及时，下一步将加强名录库动态管理。",))
