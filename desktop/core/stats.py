"""Statistics of one year's 双随机 work as frozen dataclasses (computed by services, shown by ui and reports)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

__all__ = ["DIMENSIONS", "GroupStats", "Tally", "TaskStats", "Workload", "YearStats", "rate", "rate_text"]

# The groupings of the statistics tables: key → Chinese heading of the group column.
DIMENSIONS: dict[str, str] = {"department": "部门", "item": "抽查事项", "risk": "风险等级", "jurisdiction": "管辖单位"}


def rate(part: int, whole: int) -> float | None:
    """part / whole, or None when there is nothing to divide by."""
    return part / whole if whole else None


def rate_text(value: float | None) -> str:
    """A rate as '87.5%', or '—' when undefined."""
    return "—" if value is None else f"{value * 100:.1f}%"


@dataclass(frozen=True)
class Tally:
    """A labelled count (a result category or a disposal and how many records carry it)."""

    label: str
    count: int


@dataclass(frozen=True)
class GroupStats:
    """One line of a statistics table (domain-notes §6.4).

    due 应检查数 = drawn targets; checked 已检查 = records submitted or later; published 已公示;
    results and disposals count published records (latest published version of the result);
    rectifications = 责令整改通知书 issued, rectified 完结数 = those completed.
    """

    key: str
    label: str
    due: int
    not_entered: int
    entering: int
    checked: int
    published: int
    results: tuple[Tally, ...]
    disposals: tuple[Tally, ...]
    rectifications: int
    rectified: int

    @property
    def completion_rate(self) -> float | None:
        """完成率 = 已公示 / 应检查数."""
        return rate(self.published, self.due)

    @property
    def closure_rate(self) -> float | None:
        """完结率 = completed rectifications / issued ones."""
        return rate(self.rectified, self.rectifications)

    def result(self, label: str) -> int:
        """The count of one result category (0 when absent)."""
        return next((t.count for t in self.results if t.label == label), 0)

    def disposal(self, label: str) -> int:
        """The count of one disposal (0 when absent)."""
        return next((t.count for t in self.disposals if t.label == label), 0)


@dataclass(frozen=True)
class TaskStats:
    """One task of the year."""

    task_id: int
    number: str
    name: str
    state_label: str
    joint: bool
    due: int
    checked: int
    published: int
    published_on: date | None


@dataclass(frozen=True)
class Workload:
    """An inspector's share of the year: teams (targets) joined, of which as leader (组长)."""

    staff_no: str
    name: str
    department: str
    teams: int
    leader: int


@dataclass(frozen=True)
class YearStats:
    """Everything the statistics screen, the Excel export and the annual report show for one year."""

    year: int
    org_name: str
    plan_title: str
    plan_entries: int
    total: GroupStats
    by_department: tuple[GroupStats, ...]
    by_item: tuple[GroupStats, ...]
    by_risk: tuple[GroupStats, ...]
    by_jurisdiction: tuple[GroupStats, ...]
    tasks: tuple[TaskStats, ...]
    joint_tasks: int
    items_covered: int
    items_active: int
    workload: tuple[Workload, ...]
    corrections: int
    objections: int
    result_labels: tuple[str, ...]
    disposal_labels: tuple[str, ...]

    @property
    def coverage_rate(self) -> float | None:
        """Items with at least one task this year / active items."""
        return rate(self.items_covered, self.items_active)

    def groups(self, dimension: str) -> tuple[GroupStats, ...]:
        """The table of one dimension of DIMENSIONS."""
        return {"department": self.by_department, "item": self.by_item, "risk": self.by_risk,
                "jurisdiction": self.by_jurisdiction}[dimension]
