import Foundation
import Forecast
import Testing

@Suite("History reader")
struct HistoryReaderTests {
  let calendar = PlanningCalendar(
    timeZone: TimeZone(identifier: "America/New_York")!, intervalLength: IntervalLength(minutes: 15),
    week: LocalDate(year: 2026, month: 11, day: 2), holidays: [LocalDate(year: 2026, month: 12, day: 25)])

  func read(_ text: String, channels: Set<String> = ["voice", "chat"]) throws -> ContactHistory {
    try HistoryReader(calendar: calendar, channels: channels).read(CSVReader(text: text, name: "history.csv"))
  }

  func expectError(_ text: String, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
    do {
      _ = try read(text)
      Issue.record("expected an error: \(message)", sourceLocation: sourceLocation)
    } catch let error as InputError {
      #expect(error.message == message, sourceLocation: sourceLocation)
    } catch {
      Issue.record("unexpected \(error)", sourceLocation: sourceLocation)
    }
  }

  @Test func intervalsWithoutRowsInADayWithDataAreZero() throws {
    let history = try read("timestamp,channel,volume,aht_seconds\n2026-11-10T09:00,voice,12,200\n2026-11-10T09:30,voice,6,100\n")
    let day = try #require(history.channels["voice"]?[LocalDate(year: 2026, month: 11, day: 10)])
    #expect(day.volume(slot: 36) == 12)
    #expect(day.volume(slot: 37) == 0)
    #expect(day.volume(slot: 38) == 6)
    #expect(day.handleTime(slot: 36) == 200)
    #expect(day.handleTime(slot: 37) == nil)
    #expect(day.total == 18)
  }

  @Test func openDayWithoutRowsIsMissingNotZero() throws {
    let history = try read("timestamp,channel,volume\n2026-11-10T09:00,voice,1\n2026-11-12T09:00,voice,1\n")
    #expect(history.channels["voice"]?[LocalDate(year: 2026, month: 11, day: 11)] == nil)
    #expect(history.channels["chat"] == nil)
    #expect(history.dateRange == LocalDate(year: 2026, month: 11, day: 10)...LocalDate(year: 2026, month: 11, day: 12))
  }

  @Test func perContactRowsAggregateToVolumeAndMeanHandleTime() throws {
    let history = try read("""
      arrived_at,channel,handle_seconds,waited_seconds,abandoned
      2026-11-10T09:01:10,voice,100,5,false
      2026-11-10T09:14:59,voice,300,5,false
      2026-11-10T09:07:00,voice,,80,true
      2026-11-10T09:20:00,voice,0,1,false
      """)
    let day = try #require(history.channels["voice"]?[LocalDate(year: 2026, month: 11, day: 10)])
    #expect(day.volume(slot: 36) == 3)
    #expect(day.handleTime(slot: 36) == 200)
    #expect(day.volume(slot: 37) == 1)
    #expect(day.handleTime(slot: 37) == nil)
    #expect(history.corrections.map(\.kind) == [.unsortedRows, .nonPositiveHandleTime])
  }

  @Test func twentyFiveHourDayKeepsBothRepeatedIntervals() throws {
    // 2026-11-01: New York clocks go back at 02:00 EDT to 01:00 EST; 01:00-01:59 happens twice.
    let history = try read("""
      timestamp,channel,volume
      2026-11-01T01:00,voice,4
      2026-11-01T01:00,voice,6
      2026-11-01T01:15-05:00,voice,3
      2026-11-01T01:15-04:00,voice,5
      """)
    let day = try #require(history.channels["voice"]?[LocalDate(year: 2026, month: 11, day: 1)])
    #expect(day.realIntervals.reduce(0) { $0 + Int($1) } == 100)
    #expect(day.volume(slot: 4) == 5)  // (4 + 6) / 2 real intervals
    #expect(day.volume(slot: 5) == 4)
    #expect(history.corrections.contains { $0.kind == .repeatedLocalTime })
  }

  /// Rows of the repeated hour that carry their UTC offsets, in time order, need no note: neither
  /// "read as its second occurrence" nor "out of time order" (a planner's export was told both).
  @Test func repeatedHourWithOffsetsInOrderIsNotNoted() throws {
    let history = try read("""
      timestamp,channel,volume
      2026-11-01T00:45,voice,2
      2026-11-01T01:00-04:00,voice,4
      2026-11-01T01:15-04:00,voice,5
      2026-11-01T01:00-05:00,voice,6
      2026-11-01T01:15-05:00,voice,3
      2026-11-01T02:00,voice,1
      """)
    #expect(history.corrections.isEmpty)
    let plain = try read("""
      timestamp,channel,volume
      2026-11-01T01:00,voice,4
      2026-11-01T01:15,voice,5
      2026-11-01T01:00,voice,6
      2026-11-01T01:15,voice,3
      2026-11-01T02:00,voice,1
      """)
    #expect(plain.corrections.map(\.kind) == [.repeatedLocalTime])  // in time order: only the occurrence is said
  }

  @Test func localTimeInTheSpringGapIsRefused() {
    expectError(
      "timestamp,channel,volume\n2026-03-08T02:30,voice,1\n",
      "history.csv line 2, field timestamp: 2026-03-08T02:30 does not exist in America/New_York: the clocks jump from 02:00 to 03:00 that day; write 2026-03-08T03:00, the first time after the jump, or give a UTC offset")
  }

  @Test func holidayRowsAreLeftOutAndReported() throws {
    let history = try read("timestamp,channel,volume\n2026-12-25T09:00,voice,3\n2026-12-24T09:00,voice,3\n")
    #expect(history.channels["voice"]?.count == 1)
    #expect(history.corrections.map(\.kind) == [.holidayRows])
  }

  @Test func faultyRowsAreRefusedWithFileLineAndField() {
    expectError("timestamp,channel,volume\n2026-11-10T09:00,voice,1\n2026-11-10T09:00,voice,2\n",
                "history.csv line 3, field timestamp: voice at 2026-11-10T09:00 appears twice; keep one row per channel and interval")
    expectError("timestamp,channel,volume\n2026-11-10T09:00,phone,1\n",
                "history.csv line 2, field channel: unknown channel \"phone\"; the plan's channels are chat, voice; add it to plan.yaml or remove its rows")
    expectError("timestamp,channel,volume\n2026-11-10T09:00,voice,\"12,5\"\n",
                "history.csv line 2, field volume: \"12,5\" is not a number; use a dot for decimals")
    expectError("timestamp,channel,volume\n2026-11-10T09:00,voice,-3\n",
                "history.csv line 2, field volume: -3 is negative; give zero or more")
    expectError("timestamp,channel,volume\n2026-11-10T09:00,voice,nan\n",
                "history.csv line 2, field volume: \"nan\" is not a number; give a number")
    expectError("timestamp,channel,volume\n2026-11-10T09:07,voice,1\n",
                "history.csv line 2, field timestamp: 2026-11-10T09:07 is not the start of a 15m interval; give interval starts (:00, :15, ...) or set interval in plan.yaml to the file's")
    expectError("timestamp;channel;volume\n",
                "history.csv line 1: the header uses semicolons between fields; save the file comma-separated, with a header like timestamp,channel,volume,aht_seconds")
    expectError("timestamp,channel,volume,aht_second\n",
                "history.csv line 1, field column 4: unknown column \"aht_second\"; did you mean \"aht_seconds\"? the columns are timestamp,channel,volume[,aht_seconds]")
    expectError("timestamp,channel,volume\n2026-11-10T09:00,voice,1,7\n",
                "history.csv line 2: has 4 fields but the header has 3; remove the extra fields, or quote a field that contains a comma")
    expectError("", "history.csv: is empty; give a header timestamp,channel,volume[,aht_seconds] and one row per interval")
    expectError("timestamp,channel,volume,aht_seconds\n2026-11-10T09:00,voice,1,-20\n",
                "history.csv line 2, field aht_seconds: -20 is negative; give zero or more")
  }

  @Test func demoHistoryLoadsEveryChannel() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let jerusalem = PlanningCalendar(
      timeZone: TimeZone(identifier: "Asia/Jerusalem")!, intervalLength: IntervalLength(minutes: 15),
      week: LocalDate(year: 2026, month: 11, day: 29))
    let history = try HistoryReader(calendar: jerusalem, channels: ["voice", "chat", "email", "whatsapp"])
      .read(path: root.appendingPathComponent("Data/demo/history.csv").path)
    #expect(history.channels.count == 4)
    #expect(history.channels["voice"]?.count == 131)  // 133 days less the two missing in the source
    // Daylight saving ends in Israel on 2026-10-25: a 25-hour day.
    let fallBack = try #require(history.channels["voice"]?[LocalDate(year: 2026, month: 10, day: 25)])
    #expect(fallBack.realIntervals.reduce(0) { $0 + Int($1) } == 100)
  }
}
