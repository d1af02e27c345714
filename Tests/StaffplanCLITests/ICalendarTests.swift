import Forecast
import Foundation
import Scheduler
import Testing

@testable import staffplan

@Suite struct ICalendarTests {
  private func calendarFile(agent index: Int = 0, zone: String? = nil) throws -> String {
    var plan = try ReportFixture.plan()
    if let zone {
      plan.calendar = try PlanningCalendar(
        timeZoneIdentifier: zone, intervalLength: plan.intervalLength, week: plan.week)
    }
    let folder = try ReportFixture.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let roster = try RosterFile.read(
      path: folder.appendingPathComponent("roster.csv").path, calendar: plan.calendar,
      channels: ["voice", "chat"])
    return ICalendar.file(
      agent: ReportFixture.agents[index], segments: roster, calendar: plan.calendar, planName: plan.name,
      stamp: Date(timeIntervalSince1970: 1_774_000_000))
  }

  /// Physical lines without their CRLF.
  private func lines(_ text: String) -> [String] {
    text.components(separatedBy: "\r\n").dropLast().map { $0 }
  }

  /// Logical content lines: folds undone (RFC 5545 §3.1).
  private func unfolded(_ text: String) -> [String] {
    lines(text.replacingOccurrences(of: "\r\n ", with: ""))
  }

  @Test func everyLineEndsInCRLFAndFitsIn75Octets() throws {
    let text = try calendarFile()
    #expect(text.hasSuffix("END:VCALENDAR\r\n"))
    #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
    for line in lines(text) { #expect(line.utf8.count <= 75, "\(line)") }
    #expect(text.contains("\r\n "))  // the description is long enough to fold
  }

  @Test func foldingNeverSplitsACharacter() {
    let line = "DESCRIPTION:" + String(repeating: "çé€😀", count: 40)
    let folded = ICalendarText.fold(line)
    for physical in folded.components(separatedBy: "\r\n") {
      #expect(physical.utf8.count <= 75)
      #expect(String(validating: Array(physical.utf8), as: UTF8.self) != nil)
    }
    #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
    #expect(ICalendarText.fold("SUMMARY:short") == "SUMMARY:short")
    // Exactly 75 octets stays on one line; 76 folds after 75.
    #expect(!ICalendarText.fold(String(repeating: "a", count: 75)).contains("\r\n"))
    #expect(ICalendarText.fold(String(repeating: "a", count: 76)) == String(repeating: "a", count: 75) + "\r\n a")
  }

  @Test func textIsEscaped() throws {
    #expect(ICalendarText.escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
    let text = try calendarFile(agent: 1)  // "Smith, John; \ Jr"
    let description = try #require(unfolded(text).first { $0.hasPrefix("DESCRIPTION:") })
    #expect(description.hasPrefix("DESCRIPTION:Smith\\, John\\; \\\\ Jr (A2)\\, Tom & Jerry <Support> \"24/7\"\\n"))
    #expect(description.hasSuffix("\\n08:00-12:00 voice"))
  }

  @Test func oneEventPerShiftWithStableUIDAndLocalTimes() throws {
    let text = try calendarFile(agent: 0)
    let content = unfolded(text)
    #expect(content.filter { $0 == "BEGIN:VEVENT" }.count == 2)  // A1 works on the 23rd and the 29th
    #expect(content.filter { $0 == "END:VEVENT" }.count == 2)
    // Lisbon: UTC+0 on the 23rd, UTC+1 after the change on the 29th at 01:00.
    #expect(content.contains("UID:A1-20260323T080000Z@staffplan"))
    #expect(content.contains("UID:A1-20260329T070000Z@staffplan"))
    #expect(content.contains("DTSTART;TZID=Europe/Lisbon:20260323T080000"))
    #expect(content.contains("DTEND;TZID=Europe/Lisbon:20260323T120000"))
    #expect(content.contains("DTSTART;TZID=Europe/Lisbon:20260329T080000"))
    #expect(content.contains("SUMMARY:Shift: voice\\, chat"))
    #expect(content.contains("SUMMARY:Shift: voice"))
    #expect(content.contains { $0.hasPrefix("DESCRIPTION:") && $0.contains("\\n10:00-10:15 break\\n10:15-12:00 chat") })
    // DTSTAMP is the time of writing given: the same roster and stamp give the same file.
    #expect(content.filter { $0 == "DTSTAMP:20260320T094640Z" }.count == 2)
    #expect(text == (try calendarFile(agent: 0)))
  }

  /// A re-published change must look newer than the first publication (clients keep the event
  /// with the later DTSTAMP); SOURCE_DATE_EPOCH fixes the stamp for byte-identical files.
  @Test func stampIsTheTimeOfWritingUnlessSourceDateEpochFixesIt() {
    let now = Date(timeIntervalSince1970: 1_800_000_000.75)
    #expect(ICalendar.stamp(environment: [:], now: now) == Date(timeIntervalSince1970: 1_800_000_000))
    #expect(ICalendar.stamp(environment: ["SOURCE_DATE_EPOCH": "1774000000"], now: now) == Date(timeIntervalSince1970: 1_774_000_000))
    #expect(ICalendar.stamp(environment: ["SOURCE_DATE_EPOCH": "yesterday"], now: now) == Date(timeIntervalSince1970: 1_800_000_000))
    #expect(ICalendar.utcText(ICalendar.stamp(environment: [:], now: now)) == "20270115T080000Z")
  }

  @Test func calendarHeaderAndDaylightSavingTimeZone() throws {
    let content = unfolded(try calendarFile())
    for line in ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:\(ICalendar.productID)", "CALSCALE:GREGORIAN",
                 "X-WR-TIMEZONE:Europe/Lisbon", "BEGIN:VTIMEZONE", "TZID:Europe/Lisbon", "END:VTIMEZONE"] {
      #expect(content.contains(line), "\(line)")
    }
    // 2025 and 2026 transitions: spring forward at 01:00 UTC+0, fall back at 02:00 UTC+1.
    let zone = content.drop { $0 != "BEGIN:VTIMEZONE" }.prefix { $0 != "END:VTIMEZONE" }.joined(separator: "\n")
    #expect(zone.contains("BEGIN:DAYLIGHT\nDTSTART:20260329T010000\nTZOFFSETFROM:+0000\nTZOFFSETTO:+0100"))
    #expect(zone.contains("BEGIN:STANDARD\nDTSTART:20261025T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0000"))
    #expect(zone.contains("BEGIN:STANDARD\nDTSTART:20251026T020000"))
    #expect(content.firstIndex(of: "END:VTIMEZONE")! < content.firstIndex(of: "BEGIN:VEVENT")!)
  }

  @Test func zoneWithoutDaylightSavingGetsOneFixedStandard() throws {
    let content = unfolded(try calendarFile(zone: "Asia/Tokyo"))
    let zone = Array(content.drop { $0 != "BEGIN:VTIMEZONE" }.prefix { $0 != "END:VTIMEZONE" })
    #expect(zone.filter { $0 == "BEGIN:STANDARD" }.count == 1)
    #expect(!zone.contains("BEGIN:DAYLIGHT"))
    #expect(zone.contains("DTSTART:19700101T000000"))
    #expect(zone.contains("TZOFFSETFROM:+0900"))
    #expect(zone.contains("TZOFFSETTO:+0900"))
  }

  @Test func fileNamesAreSafe() {
    #expect(ICalendar.fileName(for: "A001") == "A001.ics")
    #expect(ICalendar.fileName(for: "../etc/pass wd") == "_.._etc_pass_wd.ics")
    #expect(ICalendar.fileName(for: "") == "_.ics")
    #expect(ICalendarTimeZone.offsetText(-12_600) == "-0330")
    #expect(ICalendarTimeZone.offsetText(19_800) == "+0530")
  }
}
