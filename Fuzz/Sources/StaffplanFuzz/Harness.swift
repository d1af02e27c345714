import Forecast
import Foundation
import Scheduler

/// libFuzzer entry point: feeds each input to the reader named by `STAFFPLAN_FUZZ` (csv, history,
/// plan, agents, units). Every reader must either return or throw its own error: a crash, a
/// precondition failure, an overflow trap, a hang or an AddressSanitizer report is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func staffplanFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  switch FuzzTarget.current {
  case .csv: FuzzTarget.csv(text)
  case .history: FuzzTarget.history(text)
  case .plan: FuzzTarget.plan(text)
  case .agents: FuzzTarget.agents(text)
  case .units: FuzzTarget.units(text)
  }
  return 0
}

enum FuzzTarget: String {
  case csv, history, plan, agents, units

  static let current: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["STAFFPLAN_FUZZ"] ?? "csv"
    guard let target = FuzzTarget(rawValue: name) else { fatalError("STAFFPLAN_FUZZ=\(name): use csv, history, plan, agents or units") }
    return target
  }()

  /// A calendar with daylight saving, so the history reader's 23- and 25-hour days are reached.
  static let calendar = PlanningCalendar(
    timeZone: TimeZone(identifier: "America/New_York")!, intervalLength: IntervalLength(minutes: 15),
    week: LocalDate(year: 2026, month: 3, day: 2), holidays: [LocalDate(year: 2026, month: 2, day: 16)])

  static func csv(_ text: String) {
    let rows = try? CSVReader(text: text, name: "fuzz.csv").rows()
    if let rows { precondition(rows.allSatisfy { $0.line >= 1 }, "row lines start at 1") }
  }

  static func history(_ text: String) {
    _ = try? HistoryReader(calendar: calendar, channels: ["voice", "chat"]).read(CSVReader(text: text, name: "history.csv"))
  }

  static func plan(_ text: String) {
    _ = try? PlanReader.read(yaml: text, file: "plan.yaml")
  }

  static func agents(_ text: String) {
    _ = try? AgentsReader.read(csv: text, channelIDs: ["voice", "chat"], interval: IntervalLength(minutes: 15))
  }

  /// Every line goes to every unit parser.
  static func units(_ text: String) {
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(16).map(String.init) {
      _ = try? Duration(parsing: line)
      _ = try? Percentage(parsing: line)
      _ = try? ServiceTarget(parsing: line)
      _ = try? IntervalLength(parsing: line)
      _ = try? LocalDate(parsing: line)
      _ = try? LocalDateTime.parse(line)
      _ = try? TimeOfDay(parsing: line, allowingEndOfDay: true)
      _ = try? TimeRange(parsing: line)
      _ = try? OpeningHours.ranges(parsing: line)
      _ = try? Weekday.days(parsing: line)
      _ = try? calendar.instant(parsing: line)
      if let target = try? ServiceTarget(parsing: line) { _ = target.text }
      if let duration = try? Duration(parsing: line) { _ = duration.unitText }
    }
  }
}

// SwiftPM links an executable target with `main` set to `StaffplanFuzz_main` (its entry point,
// renamed so tests can link the module); that entry hands control to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

@_cdecl("StaffplanFuzz_main")
public func fuzzMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
) -> CInt {
  var count = argc
  var arguments = argv
  return runFuzzerDriver(&count, &arguments, staffplanFuzz)
}
