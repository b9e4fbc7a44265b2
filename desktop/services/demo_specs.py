"""The demo bureaus' static data (resources/demo/*.json) read into frozen dataclasses."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from desktop.core.demo_data import NameBook
from desktop.core.errors import DomainError

# Item lists per kind of bureau: police, civil air defence (人防), social work.
_DOMAIN_FILES = {
    "police": "items_police.json", "renfang": "items_renfang.json", "social": "items_social.json",
}


@dataclass(frozen=True)
class DistrictSpec:
    """A district or county: its division code, towns with their 管辖机关, roads."""

    name: str
    code: str
    weight: int
    towns: tuple[tuple[str, str], ...]
    roads: tuple[str, ...]
    address_name: str
    name_prefix: str


@dataclass(frozen=True)
class DeptSpec:
    """A department of the bureau (`role` says which items it inspects) or the external partner."""

    name: str
    code: str
    role: str
    weight: int
    external: bool


@dataclass(frozen=True)
class ItemSpec:
    """One inspection item with its check points and how its targets are named."""

    number: int
    category: str
    name: str
    sub_item: str
    basis: str
    object_type: str
    kind: str
    method: str
    inspector_requirement: str
    remarks: str
    qualification: str
    notice_required: bool
    owner: str
    station: bool
    joint: bool
    weight: int
    key_area: bool
    suffixes: tuple[tuple[str, str], ...]
    check_points: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class TaskSpec:
    """A ready-to-draw task of the demo: which item, joint with the partner or not."""

    item: int
    joint: bool


@dataclass(frozen=True)
class BureauSpec:
    """Everything the generator needs about one preset's bureau."""

    key: str
    org_name: str
    org_code: str
    address: str
    domain: str
    item_prefix: str
    province: str
    province_abbr: str
    city: str
    ma_char: str
    local_words: tuple[str, ...]
    departments: tuple[DeptSpec, ...]
    external: DeptSpec
    districts: tuple[DistrictSpec, ...]
    id_areas: tuple[str, ...]
    items: tuple[ItemSpec, ...]
    ready_tasks: tuple[TaskSpec, ...]

    @property
    def police(self) -> bool:
        """Police bureaus: staff numbers are 警号 and members are 民警."""
        return self.domain == "police"

    def item_code(self, number: int) -> str:
        """The item's 编号, e.g. XNGA-001."""
        return f"{self.item_prefix}-{number:03d}"

    def quals_of(self, dept: DeptSpec) -> tuple[str, ...]:
        """The qualifications the department's staff can hold, in item order."""
        if dept.external:
            picked = [i.qualification for i in self.items if i.joint]
        elif dept.role == "station":
            picked = [i.qualification for i in self.items if i.station]
        else:
            picked = [i.qualification for i in self.items if i.owner == dept.role]
        return tuple(dict.fromkeys(picked))

    def owner_of(self, item: ItemSpec) -> DeptSpec:
        """The department responsible for an item (the first with the item's role)."""
        return next(d for d in self.departments if d.role == item.owner)


@dataclass(frozen=True)
class NameSpec:
    """Word lists for people, shops and 回避 reasons."""

    book: NameBook
    conflict_reasons: tuple[str, ...]


def _read(name: str) -> Any:
    return json.loads((resources.files("resources") / "demo" / name).read_text(encoding="utf-8"))


def _pairs(raw: Any) -> tuple[tuple[str, str], ...]:
    return tuple((str(a), str(b)) for a, b in raw)


def _dept(raw: Any, external: bool) -> DeptSpec:
    return DeptSpec(str(raw["name"]), str(raw.get("code", "")), str(raw.get("role", "")), int(raw["weight"]),
                    external)


def _district(raw: Any) -> DistrictSpec:
    name = str(raw["name"])
    return DistrictSpec(name, str(raw["code"]), int(raw["weight"]), _pairs(raw["towns"]),
                        tuple(str(r) for r in raw["roads"]), str(raw.get("address_name", name)),
                        str(raw.get("name_prefix", name)))


def _item(number: int, raw: Any) -> ItemSpec:
    return ItemSpec(
        number=number, category=str(raw["category"]), name=str(raw["name"]), sub_item=str(raw["sub_item"]),
        basis=str(raw["basis"]), object_type=str(raw["object_type"]), kind=str(raw["kind"]),
        method=str(raw["method"]), inspector_requirement=str(raw["inspector_requirement"]),
        remarks=str(raw["remarks"]), qualification=str(raw["qualification"]),
        notice_required=bool(raw["notice_required"]), owner=str(raw["owner"]),
        station=bool(raw.get("station", False)), joint=bool(raw["joint"]), weight=int(raw["weight"]),
        key_area=bool(raw.get("key_area", False)), suffixes=_pairs(raw["suffixes"]),
        check_points=_pairs(raw["check_points"]),
    )


@cache
def load_bureau(profile: str) -> BureauSpec:
    """The demo bureau of a rule-profile preset; DomainError("profile_unknown") otherwise."""
    bureaus = _read("bureaus.json")
    if profile not in bureaus:
        raise DomainError("profile_unknown", key=profile)
    raw = bureaus[profile]
    domain = _read(_DOMAIN_FILES[str(raw["domain"])])
    return BureauSpec(
        key=profile, org_name=str(raw["org_name"]), org_code=str(raw["org_code"]),
        address=str(raw["address"]), domain=str(raw["domain"]), item_prefix=str(raw["item_prefix"]),
        province=str(raw["province"]), province_abbr=str(raw["province_abbr"]), city=str(raw["city"]),
        ma_char=str(raw["ma_char"]), local_words=tuple(str(w) for w in raw["local_words"]),
        departments=tuple(_dept(d, False) for d in raw["departments"]),
        external=_dept(raw["external"], True),
        districts=tuple(_district(d) for d in raw["districts"]),
        id_areas=tuple(str(a) for a in raw["id_areas"]),
        items=tuple(_item(n, it) for n, it in enumerate(domain["items"], start=1)),
        ready_tasks=tuple(TaskSpec(int(t["item"]), bool(t.get("joint", False)))
                          for t in domain["ready_tasks"]),
    )


@cache
def load_names() -> NameSpec:
    """The shared word lists."""
    raw = _read("names.json")
    book = NameBook(tuple((str(s), int(w)) for s, w in raw["surnames"]), str(raw["male"]),
                    str(raw["female"]), tuple(str(w) for w in raw["trade_words"]), str(raw["trade_first"]),
                    str(raw["trade_second"]))
    return NameSpec(book, tuple(str(r) for r in raw["conflict_reasons"]))
