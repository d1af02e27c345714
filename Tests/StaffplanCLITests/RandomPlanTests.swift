import Forecast
import Foundation
import Scheduler
import Testing

/// Seeded random plans through the binary: `require`, `schedule`, `validate`; every roster passes
/// the independent roster check and every file tells the same roster.
///
/// `STAFFPLAN_RANDOM_PLANS=300` widens the sweep (scripts/sweep-random-plans), `=301-500` runs those
/// seeds only; the suite runs 30.
/// `STAFFPLAN_KEEP_PLANS=DIR` keeps each plan and its outputs in `DIR/seed-N` to look at.
@Suite struct RandomPlanTests {
  /// Seeds 1-30, and seeds a wider sweep found a bug with: 170 (an understaffed 24/7 week whose
  /// roster counted e-mail's late work from the split LP, not as written: its objective came out
  /// below stage 1's bound).
  static let seeds: [UInt64] = {
    let asked = ProcessInfo.processInfo.environment["STAFFPLAN_RANDOM_PLANS"] ?? "30"
    let bounds = asked.split(separator: "-").compactMap { UInt64($0) }
    if bounds.count == 2 { return Array(bounds[0]...max(bounds[0], bounds[1])) }
    let count = bounds.first ?? 30
    let found: [UInt64] = [170]
    return (0..<count).map { $0 + 1 } + found.filter { $0 > count }
  }()

  @Test(arguments: seeds) func randomPlanGivesACheckedRosterAndFilesThatAgree(seed: UInt64) throws {
    let keep = ProcessInfo.processInfo.environment["STAFFPLAN_KEEP_PLANS"]
    let folder = try keep.map { dir in
      let url = URL(fileURLWithPath: dir).appendingPathComponent("seed-\(seed)")
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
      return url
    } ?? Fixture.folder()
    defer { if keep == nil { try? FileManager.default.removeItem(at: folder) } }
    var draw = RandomPlan(seed: seed)
    try draw.write(to: folder)
    let context = Comment(rawValue: "seed \(seed): \(draw.summary.joined(separator: ", "))")
    let path = { (name: String) in folder.appendingPathComponent(name).path }

    try RosterFiles.requireAndSchedule(folder, timeLimit: "2s", context: context)
    let validate = try StaffplanBinary.run([
      "validate", "--plan", folder.path, "--roster", path("out/roster.csv"), "--forecast", path("forecast.csv"),
      "--out", path("validation.csv"), "--json",
    ])
    try #require(validate.status == 0 || validate.status == 2, "\(context) validate: \(validate.stderr)")

    let plan = try PlanReader.read(folder: folder.path)
    let report = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path("out/schedule.json"))))
      as! [String: Any]
    try RosterFiles.checkAgreement(
      plan: plan, roster: path("out/roster.csv"), coverage: path("out/coverage.csv"),
      validation: path("validation.csv"), context: context)

    // schedule.json's unmet hours are coverage.csv's, summed.
    let unmetHours = report["unmetAgentHours"] as? [String: Double] ?? [:]
    for channel in plan.channels {
      let summed = try RosterFiles.table(path("out/coverage.csv")).filter { $0["channel"] == channel.id }
        .reduce(0.0) { $0 + (Double($1["unmet"]!) ?? 0) } * plan.intervalLength.duration.inHours
      #expect(abs((unmetHours[channel.id] ?? 0) - summed) < 0.01 + 0.001 * summed, "\(context) \(channel.id): schedule.json \(unmetHours[channel.id] ?? 0), coverage.csv \(summed)")
    }

    // A bound of 0 with demand present is a bug: stage 1 always has a solution now.
    let required = try RosterFiles.table(path("out/coverage.csv")).reduce(0.0) { $0 + (Double($1["required"]!) ?? 0) }
    if required > 0 { #expect((report["lowerBound"] as! Double) > 0, context) }
    #expect(report["stopReason"] is String, context)
    // The bound is a bound of the roster's objective (they once counted a promise differently).
    #expect((report["stopReason"] as? String)?.contains("is above this roster's objective") == false, context)
    #expect((report["rosterViolations"] as? [Any])?.isEmpty == true, context)
    // schedule.json predicts what validate measures, channel by channel.
    let measured = (try JSONSerialization.jsonObject(with: Data(validate.stdout.utf8)) as? [String: Any])?["channels"] as? [[String: Any]] ?? []
    let predicted = report["channels"] as? [[String: Any]] ?? []
    #expect(predicted.count == plan.channels.count && predicted.count == measured.count, context)
    for (p, m) in zip(predicted, measured) {
      #expect(abs((p["serviceLevel"] as? Double ?? -1) - (m["serviceLevel"] as? Double ?? -2)) < 1e-9, context)
      #expect(p["kept"] as? Bool == m["kept"] as? Bool, context)
    }
  }
}

/// Running a plan folder through the binary, and reading and comparing the files it writes.
enum RosterFiles {
  /// `require` on the folder's forecast.csv, then `schedule` into `out/`; both must succeed.
  static func requireAndSchedule(_ folder: URL, timeLimit: String, context: Comment) throws {
    let path = { (name: String) in folder.appendingPathComponent(name).path }
    let require = try StaffplanBinary.run([
      "require", "--plan", folder.path, "--forecast", path("forecast.csv"), "--out", path("requirements.csv"),
    ])
    try #require(require.status == 0, "\(context) require: \(require.stderr)")
    let schedule = try StaffplanBinary.run([
      "schedule", "--plan", folder.path, "--requirements", path("requirements.csv"), "--out", path("out"),
      "--time-limit", timeLimit,
    ])
    try #require(schedule.status == 0, "\(context) schedule: \(schedule.stderr)")
  }

  /// A CSV file as rows of column -> text (no quoted commas in these files).
  static func table(_ path: String) throws -> [[String: String]] {
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
    guard let header = lines.first?.split(separator: ",", omittingEmptySubsequences: false).map(String.init) else { return [] }
    return lines.dropFirst().map { line in
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      return Dictionary(uniqueKeysWithValues: zip(header, fields))
    }
  }

  /// roster.csv, coverage.csv and validation.csv give the same agents per channel and interval
  /// (to 0.01 agent); no work falls outside the week.
  static func checkAgreement(plan: Plan, roster: String, coverage: String, validation: String, context: Comment) throws {
    let calendar = plan.calendar
    let intervals = calendar.weekIntervals()
    let step = Double(plan.intervalLength.seconds)
    let index = Dictionary(intervals.enumerated().map { ($1.start, $0) }, uniquingKeysWith: { a, _ in a })
    let weekStart = intervals.first!.start, weekEnd = intervals.last!.end
    var fromRoster: [String: [Double]] = [:]
    for row in try table(roster) where row["activity"] == "work" {
      let start = try calendar.instant(parsing: row["start"]!), end = try calendar.instant(parsing: row["end"]!)
      var t = max(start, weekStart)
      while t < min(end, weekEnd) {
        let slot = Int((t.timeIntervalSince(weekStart) / step).rounded(.down))
        let slotStart = intervals[slot].start, slotEnd = intervals[slot].end
        let overlap = min(end, slotEnd).timeIntervalSince(max(start, slotStart))
        fromRoster[row["channel"]!, default: Array(repeating: 0, count: intervals.count)][slot] += overlap / step
        t = slotEnd
      }
    }
    func compare(_ file: String, column: String) throws {
      for row in try table(file) {
        let channel = row["channel"]!
        let start = try calendar.instant(parsing: row["interval_start"]!)
        guard let t = index[start], let value = Double(row[column]!) else {
          Issue.record("\(context) \(file): interval \(row["interval_start"]!) is not in the week")
          continue
        }
        let rostered = fromRoster[channel]?[t] ?? 0
        #expect(abs(rostered - value) < 0.01, "\(context) \(file) \(channel) \(row["interval_start"]!): \(column) \(value), roster.csv \(rostered)")
      }
    }
    try compare(coverage, column: "scheduled")
    try compare(validation, column: "agents")
    // A deferred channel's unmet is its work answered late, as validation's flow measures it.
    var level: [String: Double] = [:]
    for row in try table(validation) { level[row["channel"]! + " " + row["interval_start"]!] = Double(row["service_level"]!) }
    for row in try table(coverage) where plan.channel(row["channel"]!)?.kind.isDeferred == true {
      let key = row["channel"]! + " " + row["interval_start"]!
      guard let required = Double(row["required"]!), let unmet = Double(row["unmet"]!), let sl = level[key] else {
        Issue.record("\(context) \(key): no validation.csv row or no number")
        continue
      }
      #expect(abs(unmet - required * (1 - sl)) < 0.001 + 0.001 * required, "\(context) \(key): unmet \(unmet), required \(required), service level \(sl)")
    }
  }
}
