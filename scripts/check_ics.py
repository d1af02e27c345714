#!/usr/bin/env python3
"""Parse every .ics file in a folder with the PyPI `icalendar` package and print its events.

Usage:
  python3 -m venv /tmp/icsvenv && /tmp/icsvenv/bin/pip install icalendar
  /tmp/icsvenv/bin/python scripts/check_ics.py OUT/calendars

For each file: the calendar's time zone, then one line per VEVENT with its start and end as aware
datetimes (resolved through the file's own VTIMEZONE), its summary and the number of description
lines. Checks what a calendar client relies on: CRLF line ends, lines of at most 75 octets, one
VTIMEZONE whose TZID every event uses, unique UIDs, end after start. Exits 1 on the first failure.
"""
import pathlib
import sys

import icalendar


def check(path: pathlib.Path) -> int:
    raw = path.read_bytes()
    lines = raw.split(b"\r\n")
    assert raw.endswith(b"\r\n"), f"{path}: does not end with CRLF"
    assert b"\n" not in raw.replace(b"\r\n", b""), f"{path}: bare LF line end"
    long = [n for n, line in enumerate(lines, 1) if len(line) > 75]
    assert not long, f"{path}: lines longer than 75 octets: {long[:5]}"
    calendar = icalendar.Calendar.from_ical(raw)
    zones = [component for component in calendar.walk("VTIMEZONE")]
    assert len(zones) == 1, f"{path}: {len(zones)} VTIMEZONE components"
    tzid = str(zones[0]["TZID"])
    events = calendar.walk("VEVENT")
    uids = [str(event["UID"]) for event in events]
    assert len(uids) == len(set(uids)), f"{path}: duplicate UIDs"
    print(f"{path.name}: {calendar.get('X-WR-CALNAME')} ({tzid}), {len(events)} events")
    for event in events:
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert event["DTSTART"].params.get("TZID") == tzid, f"{path}: event without the file's TZID"
        assert start.tzinfo is not None and end > start, f"{path}: bad times {start} {end}"
        description = event.decoded("DESCRIPTION").decode() if isinstance(event.decoded("DESCRIPTION"), bytes) \
            else str(event["DESCRIPTION"])
        print(f"  {start.isoformat()} -> {end.isoformat()}  {event['SUMMARY']}"
              f"  [{len(description.splitlines())} description lines]  {event['UID']}")
    return len(events)


def main() -> None:
    folder = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    files = sorted(folder.glob("*.ics"))
    if not files:
        sys.exit(f"no .ics files in {folder}")
    total = 0
    try:
        for path in files:
            total += check(path)
    except (AssertionError, ValueError) as error:
        sys.exit(f"FAILED: {error}")
    print(f"OK: {len(files)} files, {total} events parsed by icalendar {icalendar.__version__}")


if __name__ == "__main__":
    main()
