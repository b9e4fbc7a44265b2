#!/usr/bin/env python3
"""SR1 stand-alone verifier: re-runs a published 双随机 draw with the Python standard library only.

Usage:
    python sr1_verify.py PACKAGE_DIR_OR_ZIP        (Python 3.8 or newer; nothing to install)

Prints VERIFIED and exits 0 when every published value (file hashes, commitment, seed, result
text and result hash) is exactly what the published files, secret and witnesses' digits imply.
Otherwise prints each difference and exits 1 (2 when the command line is wrong).

This file deliberately repeats the whole SR1 algorithm instead of importing the application:
it is the public artefact, small enough to read, and trusts nothing but Python itself.
Python's `random` module is never used: its sequences may change between Python versions,
while SHA-256 never does.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

# --------------------------------------------------------------------------- constants (spec §1, §2)

TSV_FILES = {
    # file name: (header = format version, number of leading fields that form the sort key)
    "targets.tsv": (("id", "name", "stratum", "category", "draws", "passed", "exempt"), 1),
    "inspectors.tsv": (("id", "name", "dept", "quals", "leader"), 1),
    "conflicts.tsv": (("inspector_id", "target_id"), 2),
    "rules.tsv": (("key", "value"), 1),
}
FH_ORDER = ("targets.tsv", "inspectors.tsv", "conflicts.tsv", "rules.tsv")
OTHER_FILES = ("draw.json", "result.txt")
REQUIRED_RULES = ("categories", "initiating_dept", "joint_depts", "max_draws_per_year",
                  "max_load", "quota_base", "task_id", "team_size")
INT_RE = re.compile(r"0|[1-9][0-9]*")
RATIO_RE = re.compile(r"(0|[1-9][0-9]*)/([1-9][0-9]*)")
DIGITS_RE = re.compile(r"[0-9]{4,64}")
# Characters never allowed inside a field: C0 controls (TAB, LF, CR …), DEL, C1 controls
# (U+0085 …), the line and paragraph separators, and the byte-order mark.
FORBIDDEN = set(range(0x00, 0x20)) | set(range(0x7F, 0xA0)) | {0x2028, 0x2029, 0xFEFF}
TWO_64 = 2 ** 64


class Invalid(Exception):
    """The package breaks a rule of SR1; the message says where."""


# --------------------------------------------------------------------------- reading the package


def read_package(path):
    """Return {file name: bytes} for the package files found in a folder or a .zip."""
    path = Path(path)
    names = set(TSV_FILES) | set(OTHER_FILES)
    if path.is_dir():
        return {n: (path / n).read_bytes() for n in names if (path / n).is_file()}
    if not zipfile.is_zipfile(path):
        raise Invalid(f"{path}: 既不是文件夹也不是 zip 文件 (not a folder or a .zip)")
    found = {}
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            # Files may sit at the root of the zip or inside one top-level folder.
            base = info.filename.rsplit("/", 1)[-1]
            if info.is_dir() or base not in names or info.filename.count("/") > 1:
                continue
            if base in found:
                raise Invalid(f"zip 中有两个 {base} (two copies of {base})")
            found[base] = archive.read(info)
    return found


# --------------------------------------------------------------------------- canonical form (spec §1)


def parse_tsv(name, data):
    """Check that a file is in exactly the canonical form and return its rows as lists of fields."""
    header, key_len = TSV_FILES[name]
    if data.startswith(b"\xef\xbb\xbf"):
        raise Invalid(f"{name}: 有 BOM (byte-order mark)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise Invalid(f"{name}: 不是 UTF-8 ({error})") from None
    if "\r" in text:
        raise Invalid(f"{name}: 换行必须是 LF，不能有 CR")
    if not text.endswith("\n"):
        raise Invalid(f"{name}: 最后一行后缺少换行 (no final LF)")
    lines = text[:-1].split("\n")
    if lines[0] != "\t".join(header):
        raise Invalid(f"{name}: 表头错误 (header) {lines[0]!r}")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(header):
            raise Invalid(f"{name}:{number}: 字段数应为 {len(header)}，实为 {len(fields)}")
        for field in fields:
            if any(ord(ch) in FORBIDDEN for ch in field):
                raise Invalid(f"{name}:{number}: 含控制字符 (control character)")
            # Every field must equal NFC(field).strip().
            if unicodedata.normalize("NFC", field).strip() != field:
                raise Invalid(f"{name}:{number}: 字段未规范化或有首尾空白 {field!r}")
        if rows and fields[:key_len] <= rows[-1][:key_len]:
            raise Invalid(f"{name}:{number}: 行未按键升序排列或键重复 (unsorted / duplicate key)")
        rows.append(fields)
    return rows


def as_int(value, where):
    """ASCII decimal, no sign, no leading zeros."""
    if not INT_RE.fullmatch(value):
        raise Invalid(f"{where}: 不是规范整数 {value!r}")
    return int(value)


def as_bool(value, where):
    """Booleans are written 0 or 1."""
    if value not in ("0", "1"):
        raise Invalid(f"{where}: 应为 0 或 1，实为 {value!r}")
    return value == "1"


def as_id(value, where):
    """Ids are non-empty printable ASCII (credit code, staff number)."""
    if value == "" or not value.isascii() or not value.isprintable():
        raise Invalid(f"{where}: 编号必须是 ASCII {value!r}")
    return value


def as_list(value, where, allow_empty):
    """A list field: `*` alone, or items sorted, de-duplicated, non-empty, without `*`."""
    if value == "*":
        return ["*"]
    if value == "":
        if allow_empty:
            return []
        raise Invalid(f"{where}: 不能为空")
    items = value.split(",")
    for item in items:
        if item in ("", "*") or item.strip() != item:
            raise Invalid(f"{where}: 列表格式错误 {value!r}")
    if any(items[k] >= items[k + 1] for k in range(len(items) - 1)):
        raise Invalid(f"{where}: 列表未排序或有重复 {value!r}")
    return items


def load_targets(data):
    targets = []
    for n, (tid, _name, stratum, category, draws, passed, exempt) in enumerate(
            parse_tsv("targets.tsv", data), start=2):
        where = f"targets.tsv:{n}"
        if stratum == "":
            raise Invalid(f"{where}: stratum 为空")
        targets.append({"id": as_id(tid, where), "stratum": stratum, "category": category,
                        "draws": as_int(draws, where), "passed": as_bool(passed, where),
                        "exempt": as_bool(exempt, where)})
    return targets


def load_inspectors(data):
    inspectors = []
    for n, (iid, _name, dept, quals, leader) in enumerate(parse_tsv("inspectors.tsv", data), start=2):
        where = f"inspectors.tsv:{n}"
        if dept == "":
            raise Invalid(f"{where}: dept 为空")
        inspectors.append({"id": as_id(iid, where), "dept": dept,
                           "quals": as_list(quals, where, allow_empty=True),
                           "leader": as_bool(leader, where)})
    return inspectors


def load_conflicts(data):
    return {(as_id(i, f"conflicts.tsv:{n}"), as_id(t, f"conflicts.tsv:{n}"))
            for n, (i, t) in enumerate(parse_tsv("conflicts.tsv", data), start=2)}


def load_rules(data):
    """Parse rules.tsv: a closed set of keys, each with a strict format (no silent defaults)."""
    raw = dict(parse_tsv("rules.tsv", data))
    quota_keys = {k for k in raw if k.startswith(("ratio.", "count.")) and len(k) > 6}
    for key in raw:
        if key not in REQUIRED_RULES and key != "rounding" and key not in quota_keys:
            raise Invalid(f"rules.tsv: 未知的规则键 {key!r} (unknown rule key)")
    for key in REQUIRED_RULES:
        if key not in raw:
            raise Invalid(f"rules.tsv: 缺少规则 {key!r}")
    rules = {"task_id": raw["task_id"], "ratios": {}, "counts": {}}
    if rules["task_id"] == "":
        raise Invalid("rules.tsv: task_id 为空")
    for key in ("categories", "joint_depts"):
        items = as_list(raw[key], f"rules.tsv {key}", allow_empty=False)
        rules[key] = None if items == ["*"] else items  # None means "*"
    if raw["initiating_dept"] == "":
        raise Invalid("rules.tsv: initiating_dept 为空")
    rules["initiating_dept"] = None if raw["initiating_dept"] == "*" else raw["initiating_dept"]
    for key in ("team_size", "max_draws_per_year", "max_load"):
        rules[key] = as_int(raw[key], f"rules.tsv {key}")
    if raw["quota_base"] not in ("all", "eligible"):
        raise Invalid(f"rules.tsv: quota_base 错误 {raw['quota_base']!r}")
    rules["quota_base"] = raw["quota_base"]
    rules["rounding"] = raw.get("rounding", "ceil")
    if rules["rounding"] not in ("ceil", "half_up"):
        raise Invalid(f"rules.tsv: rounding 错误 {rules['rounding']!r}")
    for key in sorted(quota_keys):
        stratum = key[6:]
        if key.startswith("ratio."):
            match = RATIO_RE.fullmatch(raw[key])
            if not match:
                raise Invalid(f"rules.tsv: {key} 应为 num/den，实为 {raw[key]!r}")
            rules["ratios"][stratum] = (int(match.group(1)), int(match.group(2)))
        else:
            rules["counts"][stratum] = as_int(raw[key], f"rules.tsv {key}")
    both = set(rules["ratios"]) & set(rules["counts"])
    if both:
        raise Invalid(f"rules.tsv: 同一层级同时有 ratio 和 count: {sorted(both)[0]}")
    joint, initiating = rules["joint_depts"], rules["initiating_dept"]
    if joint is not None and initiating is not None and initiating not in joint:
        raise Invalid("rules.tsv: initiating_dept 不在 joint_depts 中")
    rules["extra_depts"] = [d for d in (joint or []) if d != initiating]
    if rules["team_size"] < 1 + len(rules["extra_depts"]):
        raise Invalid("rules.tsv: team_size 小于 1 + 联合部门数")
    return rules


# --------------------------------------------------------------------------- hashing (spec §2, §4)


def sha256(data):
    return hashlib.sha256(data).digest()


def len32(data):
    """4-byte big-endian length."""
    return len(data).to_bytes(4, "big")


def witness_digits(typed):
    """NFKC (full-width digits become ASCII), remove all whitespace, require 4–64 digits."""
    text = "".join(ch for ch in unicodedata.normalize("NFKC", typed) if not ch.isspace())
    if not DIGITS_RE.fullmatch(text):
        raise Invalid(f"数字不合格 (digits invalid): {typed!r}")
    return text.encode("ascii")


class Stream:
    """64-bit words: word_j = first 8 bytes of SHA256(prefix ‖ j as 8-byte big-endian)."""

    def __init__(self, prefix):
        self.prefix = prefix
        self.j = 0

    def word(self):
        digest = sha256(self.prefix + self.j.to_bytes(8, "big"))
        self.j += 1
        return int.from_bytes(digest[:8], "big")

    def randbelow(self, n):
        """Unbiased: words at or above the largest multiple of n below 2^64 are thrown away."""
        limit = TWO_64 - (TWO_64 % n)
        while True:
            x = self.word()
            if x < limit:
                return x % n


# --------------------------------------------------------------------------- the draw (spec §3–§6)


class Draw:
    """Replays one draw: targets, teams, then events."""

    def __init__(self, targets, inspectors, conflicts, rules, seed):
        self.rules, self.seed = rules, seed
        self.inspectors = inspectors  # sorted by id, so every pool below is too
        self.conflicts = set(conflicts)
        self.category = {t["id"]: t["category"] for t in targets}
        self.load = {}
        self.pools = {}  # (role, category) -> pool; pools never change during a draw
        self.order, self.teams, self.stratum_of, self.standby = [], {}, {}, {}
        self.draw_targets(targets)
        for target in self.order:
            self.staff(target)

    def draw_targets(self, targets):
        """§3: per stratum, rank eligible ids by (key, id); the first q are drawn."""
        rules = self.rules
        strata = set(rules["ratios"]) | set(rules["counts"])
        base, ranked = {s: 0 for s in strata}, {s: [] for s in strata}
        for t in targets:
            s = t["stratum"]
            if s not in strata or (rules["categories"] is not None and t["category"] not in rules["categories"]):
                continue
            base[s] += 1
            if not t["passed"] and (t["draws"] < rules["max_draws_per_year"] or t["exempt"]):
                key = sha256(b"SR1/target\0" + self.seed + t["id"].encode("utf-8"))  # the 抽签号
                ranked[s].append((key, t["id"]))
        drawn = []
        for s in sorted(strata):
            ranked[s].sort()
            n = len(ranked[s]) if rules["quota_base"] == "eligible" else base[s]
            if s in rules["counts"]:
                q = rules["counts"][s]
            else:
                num, den = rules["ratios"][s]
                q = (n * num + den - 1) // den if rules["rounding"] == "ceil" else (2 * n * num + den) // (2 * den)
            q = min(q, len(ranked[s]))
            drawn += ranked[s][:q]
            self.standby[s] = [tid for _, tid in ranked[s][q:]]
            for _, tid in ranked[s][:q]:
                self.stratum_of[tid] = s
        self.order = [tid for _, tid in sorted(drawn)]

    def roles(self):
        """leader, dept:<d> for each other joint department, then members up to team_size."""
        roles = ["leader"] + ["dept:" + d for d in self.rules["extra_depts"]]
        return roles + ["member"] * (self.rules["team_size"] - len(roles))

    def pool(self, role, category):
        """Candidates for a role (sorted by id): qualified, plus the role's department rules."""
        cached = self.pools.get((role, category))
        if cached is not None:
            return cached
        rules, out = self.rules, []
        for i in self.inspectors:
            if i["quals"] != ["*"] and category not in i["quals"]:
                continue
            in_joint = rules["joint_depts"] is None or i["dept"] in rules["joint_depts"]
            if role == "leader":
                ok = i["leader"] and in_joint and rules["initiating_dept"] in (None, i["dept"])
            elif role.startswith("dept:"):
                ok = i["dept"] == role[5:]
            else:
                ok = in_joint
            if ok:
                out.append(i["id"])
        self.pools[(role, category)] = out
        return out

    def acceptable(self, inspector, target, team):
        """Not on the team, not a conflict pair, under max_load (0 = no cap)."""
        if any(member == inspector for member, _ in team) or (inspector, target) in self.conflicts:
            return False
        return self.rules["max_load"] == 0 or self.load.get(inspector, 0) < self.rules["max_load"]

    def pick(self, stream, role, target, team):
        """Draw pool[randbelow(len(pool))] until acceptable; fail if nobody in the pool is acceptable."""
        pool = self.pool(role, self.category[target])
        if not pool:
            raise Invalid(f"无可用检查人员 (no inspector) target={target} role={role}")
        checked = False
        while True:
            candidate = pool[stream.randbelow(len(pool))]
            if self.acceptable(candidate, target, team):
                return candidate
            # Scanning the whole pool only after a miss gives the same answer, from the same
            # words, as scanning first; it just avoids the scan in the common case.
            if not checked:
                if not any(self.acceptable(i, target, team) for i in pool):
                    raise Invalid(f"无可用检查人员 (no inspector) target={target} role={role}")
                checked = True

    def join(self, team, inspector, role):
        team.append((inspector, role))
        self.load[inspector] = self.load.get(inspector, 0) + 1

    def staff(self, target):
        """§4: each target has its own stream; roles are drawn in order."""
        t = target.encode("utf-8")
        stream = Stream(b"SR1/inspect\0" + self.seed + len32(t) + t)
        team = self.teams[target] = []
        for role in self.roles():
            self.join(team, self.pick(stream, role, target, team), role)

    def apply(self, n, event):
        """§5: one event, index n."""
        if not isinstance(event, dict) or not isinstance(event.get("target"), str):
            raise Invalid(f"events[{n}]: 格式错误")
        target = event["target"]
        if target not in self.teams:
            raise Invalid(f"events[{n}]: 对象 {target} 不在抽中名单上")
        team = self.teams[target]
        if event.get("type") == "recuse":
            seat = [m for m in team if m[0] == event.get("inspector")]
            # Exactly one of entropy / replacement, and it must be a JSON string.
            given = [k for k in ("entropy", "replacement") if k in event]
            if not seat or len(given) != 1 or not isinstance(event[given[0]], str):
                raise Invalid(f"events[{n}]: 回避事件无效 (invalid recusal)")
            inspector, role = seat[0]
            team.remove(seat[0])
            self.load[inspector] -= 1
            self.conflicts.add((inspector, target))
            if "entropy" in event:
                w = witness_digits(event["entropy"])
                stream = Stream(b"SR1/event\0" + self.seed + n.to_bytes(4, "big") + w)
                successor = self.pick(stream, role, target, team)
            else:
                successor = event["replacement"]
                if successor not in self.pool(role, self.category[target]) or \
                        not self.acceptable(successor, target, team):
                    raise Invalid(f"events[{n}]: 替补人员 {successor} 不符合条件")
            self.join(team, successor, role)  # a successor joins at the end of the team
        elif event.get("type") == "target_unavailable":
            for inspector, _ in team:
                self.load[inspector] -= 1
            del self.teams[target]
            self.order.remove(target)
            standby = self.standby[self.stratum_of[target]]
            if standby:  # the first unused standby id of the stratum comes in
                added = standby.pop(0)
                self.stratum_of[added] = self.stratum_of[target]
                self.order.append(added)
                self.staff(added)
        else:
            raise Invalid(f"events[{n}]: 未知事件类型 {event.get('type')!r}")

    def result_text(self):
        """§6: T line per target, then the leader, then the others in join order."""
        out = []
        for target in self.order:
            out.append(f"T\t{self.stratum_of[target]}\t{target}\n")
            team = self.teams[target]
            for inspector, role in [m for m in team if m[1] == "leader"] + [m for m in team if m[1] != "leader"]:
                out.append(f"A\t{target}\t{role}\t{inspector}\n")
        return "".join(out)


# --------------------------------------------------------------------------- verification


def verify(path):
    """Return (differences, summary). No differences means VERIFIED."""
    diffs, summary = [], {}

    def differ(field, expected, got, note):
        if expected != got:
            diffs.append(f"{field}: {note}\n    应为 expected = {expected}\n    实为 got      = {got}")

    files = read_package(path)
    for name in (*FH_ORDER, "draw.json"):
        if name not in files:
            raise Invalid(f"缺少文件 (missing file): {name}")
    record = json.loads(files["draw.json"].decode("utf-8"))
    if not isinstance(record, dict):
        raise Invalid("draw.json 不是 JSON 对象")
    differ("version", "SR1", record.get("version"), "版本")
    # 1. File hashes: any change to a file, even one byte, changes its SHA-256.
    recorded = record.get("file_sha256") if isinstance(record.get("file_sha256"), dict) else {}
    for name in FH_ORDER:
        differ(f"file_sha256.{name}", hashlib.sha256(files[name]).hexdigest(), recorded.get(name), "文件哈希不一致")
    fh = b"".join(sha256(files[name]) for name in FH_ORDER)
    # 2. Commitment: shown before the witnesses spoke, so the secret was fixed before their digits.
    secret_hex = record.get("secret")
    if not (isinstance(secret_hex, str) and re.fullmatch(r"[0-9a-f]{64}", secret_hex)):
        diffs.append(f"secret: 应为 64 位小写十六进制 (64 lowercase hex digits)，实为 {secret_hex!r}")
        return diffs, summary
    secret = bytes.fromhex(secret_hex)
    commit = hashlib.sha256(b"SR1/commit\0" + fh + secret).hexdigest()
    differ("commit", commit, record.get("commit"), "承诺值不一致")
    # 3. Seed from the files, the secret and every witness's digits in seat order.
    witnesses = record.get("witnesses")
    if not isinstance(witnesses, list) or not witnesses or not all(isinstance(w, str) for w in witnesses):
        diffs.append("witnesses: 应为至少一个数字串的列表 (a non-empty list of digit strings)")
        return diffs, summary
    material = b"SR1/seed\0" + fh + secret
    for typed in witnesses:
        try:
            w = witness_digits(typed)
        except Invalid as error:
            diffs.append(f"witnesses: {error}")
            return diffs, summary
        material += len32(w) + w
    seed = sha256(material)
    differ("seed", seed.hex(), record.get("seed"), "种子不一致")
    # 4. Re-run the draw from the files themselves (they must be in canonical form).
    try:
        rules = load_rules(files["rules.tsv"])
        differ("task_id", rules["task_id"], record.get("task_id"), "任务编号与 rules.tsv 不一致")
        draw = Draw(load_targets(files["targets.tsv"]), load_inspectors(files["inspectors.tsv"]),
                    load_conflicts(files["conflicts.tsv"]), rules, seed)
        events = record.get("events", [])
        if not isinstance(events, list):
            raise Invalid("events 应为列表")
        for n, event in enumerate(events):
            draw.apply(n, event)
    except Invalid as error:
        # Keep the differences found so far: they usually explain why the re-run failed.
        diffs.append(f"重算抽取失败 (re-run failed): {error}")
        return diffs, summary
    text = draw.result_text()
    result_hash = hashlib.sha256(b"SR1/result\0" + text.encode("utf-8")).hexdigest()
    differ("result_hash", result_hash, record.get("result_hash"), "结果哈希不一致")
    # 5. The human-readable result, if published, must be the same text line for line.
    published = []
    if "result.txt" in files:
        published.append(("result.txt", files["result.txt"].decode("utf-8", "replace").split("\n")))
    if "result" in record:
        lines = record["result"] if isinstance(record["result"], list) else [str(record["result"])]
        published.append(("draw.json:result", [str(x) for x in lines] + [""]))
    for where, got in published:
        want = text.split("\n")
        for number in range(max(len(want), len(got))):
            a = want[number] if number < len(want) else "<无>"
            b = got[number] if number < len(got) else "<无>"
            differ(f"{where}:{number + 1}", a, b, "结果行不一致")
    summary = {"task_id": rules["task_id"], "commit": commit, "seed": seed.hex(),
               "result_hash": result_hash, "teams": len(draw.order)}
    return diffs, summary


def main(argv):
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")  # a Windows console may lack some characters
    if len(argv) != 2:
        print("用法 usage: python sr1_verify.py 数据包文件夹或zip (PACKAGE_DIR_OR_ZIP)")
        return 2
    try:
        diffs, summary = verify(argv[1])
    except (Invalid, OSError, ValueError) as error:
        print(f"验证失败 FAILED: {error}")
        return 1
    if diffs:
        print("验证失败 FAILED — 以下内容不一致 (differences):")
        for line in diffs:
            print("  " + line)
        return 1
    for key, value in summary.items():
        print(f"{key}: {value}")
    print("VERIFIED")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
