import Foundation
import Forecast
import Testing

@testable import Scheduler

/// The hiring model of docs/capacity.md: identities, a case argued by hand, and a 26-week case
/// whose optimum an independent builder (scripts/capacity_check_highs.py, HiGHS) found first.
@Suite struct CapacityModelTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  static func assumptions(_ yaml: String, weeks: Int? = nil) throws -> CapacityAssumptions {
    try CapacityAssumptionsReader.read(yaml: yaml, file: "capacity.yaml", planShrinkage: Percentage(fraction: 0.3), weeks: weeks)
  }

  static func fixture(_ name: String) throws -> (CapacityAssumptions, WeeklyWorkload) {
    let folder = fixtures.appendingPathComponent(name)
    let assumptions = try CapacityAssumptionsReader.read(
      path: folder.appendingPathComponent("capacity.yaml").path, planShrinkage: Percentage(fraction: 0.3), weeks: nil)
    let workload = try WeeklyWorkload.read(
      path: folder.appendingPathComponent("workload.csv").path, channels: ["voice", "chat"], assumptions: assumptions)
    return (assumptions, workload)
  }

  static func plan(_ assumptions: CapacityAssumptions, _ workload: WeeklyWorkload) throws -> CapacityPlan {
    try HiringModel.plan(
      assumptions: assumptions, channels: workload.channels, workload: workload.hours,
      headcount: assumptions.headcount ?? 0, gap: Percentage(fraction: 0))
  }

  static let steady = """
    start: 2027-01-04
    weeks: 4
    shrinkage: 25%
    headcount: 100
    attrition: { training: 0%, ramp: 0%, tenured: 0% }
    hiring: { lead_time: 0w, class_every: 1w, training: 2w, class_max: 10 }
    """

  /// 100 FTE at 25 % shrinkage give 75 net; 75 net FTE of work need 100.
  @Test func shrinkageIdentities() throws {
    let assumptions = try Self.assumptions(Self.steady)
    #expect(abs(assumptions.requiredFTE(agentHours: 75 * 40, week: 1) - 100) < 1e-9)
    let plan = try Self.plan(assumptions, WeeklyWorkload(channels: ["voice"], hours: Array(repeating: [75 * 40], count: 4)))
    #expect(plan.hires == 0)
    for week in plan.weeks {
      #expect(abs(week.effectiveFTE - 100) < 1e-9)
      #expect(week.shortfallFTE < 1e-9 && week.surplusFTE < 1e-9)
    }
    #expect(abs(plan.objective - 400) < 1e-6)
  }

  /// Shrinkage by month is the mean of the week's seven days.
  @Test func shrinkageOfAWeekAcrossTwoMonths() throws {
    let assumptions = try Self.assumptions(
      Self.steady.replacingOccurrences(of: "shrinkage: 25%", with: "shrinkage: { default: 30%, by_month: { 2027-02: 44% } }")
        .replacingOccurrences(of: "start: 2027-01-04", with: "start: 2027-01-06"))
    // The week of 2027-01-27 holds 5 January days (30 %) and 2 February days (44 %).
    #expect(abs(assumptions.shrinkage(inWeek: 4) - (5 * 0.30 + 2 * 0.44) / 7) < 1e-12)
    #expect(abs(assumptions.shrinkage(inWeek: 1) - 0.30) < 1e-12)
  }

  /// Tests/Fixtures/capacity8/README.md argues the optimum: one hire in the class of 2027-01-11,
  /// overtime in weeks 5-8, cost 95; the LP relaxation 80 + 162/11.
  @Test func eightWeekCaseArguedByHand() throws {
    let (assumptions, workload) = try Self.fixture("capacity8")
    let plan = try Self.plan(assumptions, workload)
    #expect(plan.status == .optimal)
    #expect(abs(plan.objective - 95) < 1e-6)
    #expect(plan.classes.map(\.classStart.text) == ["2027-01-11"])
    #expect(plan.classes.map(\.hires) == [1])
    #expect(plan.classes[0].productiveFrom.text == "2027-01-18")
    #expect(plan.weeks[4...].allSatisfy { abs($0.overtimeFTE - 1) < 1e-9 && $0.shortfallFTE < 1e-9 })
  }

  /// The same 26 weeks solved by an independent builder with HiGHS (highs.json beside the inputs).
  @Test func twentySixWeeksMatchAnIndependentSolve() throws {
    let (assumptions, workload) = try Self.fixture("capacity26")
    let plan = try Self.plan(assumptions, workload)
    let data = try Data(contentsOf: Self.fixtures.appendingPathComponent("capacity26/highs.json"))
    let highs = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let objective = try #require(highs["objective"] as? Double)
    #expect(plan.status == .optimal)
    #expect(abs(plan.objective - objective) < 1e-6 * objective)
    let classes = try #require(highs["classes"] as? [[String: Any]])
    let hired = classes.compactMap { item -> String? in
      guard let hires = item["hires"] as? Int, hires > 0, let start = item["class_start"] as? String else { return nil }
      return "\(start) \(hires)"
    }
    #expect(plan.classes.map { "\($0.classStart.text) \($0.hires)" } == hired)
    #expect(plan.lowerBound <= plan.objective + 1e-9)
  }

  /// class_min 5 on the same 26 weeks: the classes of 1 and 2 merge; the independent HiGHS build
  /// (scripts/capacity_check_highs.py, with a binary per class week) finds 1,799.4947 with the same
  /// classes: 2027-03-01 5, 03-29 6, 04-12 7, 04-26 12.
  @Test func aClassRunsWithClassMinHiresOrNotAtAll() throws {
    var (assumptions, workload) = try Self.fixture("capacity26")
    assumptions.hiring.classMin = 5
    let plan = try Self.plan(assumptions, workload)
    #expect(plan.status == .optimal)
    #expect(abs(plan.objective - 1799.494661884156) < 1e-6 * plan.objective)
    #expect(plan.classes.map { "\($0.classStart.text) \($0.hires)" } == ["2027-03-01 5", "2027-03-29 6", "2027-04-12 7", "2027-04-26 12"])
    #expect(plan.classes.allSatisfy { $0.hires >= 5 })
  }

  /// GLPK's head columns are the cohort recursion of the hires it chose (the rows state it).
  @Test func solverHeadsFollowTheCohortRecursion() throws {
    let (assumptions, workload) = try Self.fixture("capacity26")
    let required = workload.hours.enumerated().map { assumptions.requiredFTE(agentHours: $1.reduce(0, +), week: $0 + 1) }
    let model = HiringModel(assumptions: assumptions, required: required, headcount: 60)
    let (linear, columns) = model.build()
    let solution = try GLPKSolver().solve(linear)
    let hires = columns.map { $0.hires.map { solution.values[$0] } ?? 0 }
    let projection = CohortProjection(stages: model.stages, headcount: 60, hires: hires)
    for (week, column) in columns.enumerated() {
      for (age, index) in column.heads.enumerated() {
        #expect(abs(solution.values[index] - projection.heads[week][age]) < 1e-6)
      }
      if !assumptions.isClassWeek(week + 1) { #expect(column.hires == nil) }
    }
  }

  /// Training 0 and no ramp: hires are tenured at once, added to the survivors.
  @Test func hiresWithoutTrainingJoinTheTenured() throws {
    let yaml = Self.steady.replacingOccurrences(of: "training: 2w", with: "training: 0w")
      .replacingOccurrences(of: "tenured: 0%", with: "tenured: 10%")
    let stages = TenureStages(try Self.assumptions(yaml))
    let projection = CohortProjection(stages: stages, headcount: 100, hires: [0, 5, 0])
    #expect(projection.heads.map { $0.count } == [1, 1, 1])
    #expect(abs(projection.headcount(1) - 95) < 1e-9)  // 100 x 0.9 + 5
    #expect(abs(projection.headcount(2) - 85.5) < 1e-9)
    #expect(abs(projection.attrition(2) - 8.55) < 1e-9)
  }
}
