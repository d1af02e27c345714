import Testing

@testable import Scheduler

/// Weeks too large for stage 1's relaxation: solved coarser, and a roster without it.
@Suite struct ScheduleCoarseWeekTests {
  /// Two days of 15-minute intervals, voice open all day, 8 h shifts starting any quarter hour, and
  /// eight agents at eight costs (four cost levels: four classes).
  static func week(required: Double = 2) -> SchedulingProblem {
    let T = 192
    let labels = (0..<T).map { "d\($0 / 96) \($0 % 96 / 4):\($0 % 4 * 15)" }
    return SchedulingProblem(
      intervalLength: .seconds(900), dayStarts: [0, 96], intervalCount: T, labels: labels,
      channels: [Fixture.voice((0..<T).map { $0 % 96 >= 32 && $0 % 96 < 72 ? required : 0 })],
      shiftTemplates: [ShiftTemplate(startEvery: 1, lengths: [32])],
      agents: (0..<8).map { Fixture.agent("a\($0)", max: 16, cost: 10 + Double($0)) })
  }

  @Test func aWeekOverTheBudgetMergesCostLevelsThenStartsLessOften() throws {
    // Columns per class: 192 shifts and 192 open intervals. Four classes at 15 minutes: 1,536;
    // one class: 384; starts every 30 minutes: 96 + 192 = 288; every hour: 48 + 192 = 240.
    let full = CoarseWeek(Self.week())
    #expect(full.classes.count == 4 && full.relaxationColumns == 1536)
    let fitted = CoarseWeek.fitted(Self.week(), budget: 250)
    #expect(fitted.classes.count == 1 && fitted.relaxationColumns == 240)
    #expect(fitted.problem.shiftTemplates[0].startEvery == 4)
    #expect(CoarseWeek.fitted(Self.week(), budget: 1536).note == nil)

    var scheduler = WeeklyScheduler(timeLimit: .seconds(10), relativeGap: 0)
    scheduler.relaxationColumnBudget = 250
    let result = try scheduler.schedule(Self.week())
    let reason = result.report.stopReason
    #expect(reason.contains("4 -> 1 classes") && reason.contains("shifts start every 60 min, not 15 min"), "\(reason)")
    #expect(reason.contains("the lower bound is the coarser week's"), "\(reason)")
    let shifts = Fixture.shifts(result)
    #expect(!shifts.isEmpty && shifts.allSatisfy { $0.shift.start % 4 == 0 })
    // 08:00-18:00 on two days at 2 agents: 8 h shifts on the hour leave 2 h a day a shift cannot
    // reach without a third; the roster costs at least the full week's.
    let exact = try Fixture.solve(Self.week())
    #expect(result.report.objective >= exact.report.objective - 1e-6)
  }

  /// Starts are made coarser only to multiples of the plan's step (45 minutes cannot become an
  /// hour: 01:00 is not on its grid), and never so far that an agent loses a day's shifts (07:30
  /// to 15:45 holds an 8-hour shift at 07:30 or 07:45, none on the hour); a coarser grid adds no
  /// rule conflict.
  @Test func coarserStartsStayOnThePlansGridAndKeepEveryAgentsDays() throws {
    var quarter = Self.week()
    quarter.shiftTemplates[0].startEvery = 3
    let fitted = CoarseWeek.fitted(quarter, budget: 100)
    #expect(fitted.problem.shiftTemplates[0].startEvery == 3)
    #expect(fitted.classes.count == 1)

    var window = Self.week()
    window.shiftTemplates[0].earliestStart = 30
    window.shiftTemplates[0].latestEnd = 63
    let given = CoarseWeek(window)
    #expect(!given.catalog.shifts.isEmpty)
    let narrow = CoarseWeek.fitted(window, budget: 10)
    #expect(narrow.problem.shiftTemplates[0].startEvery == 2)  // 07:30 on the half hour; on the hour no 8-hour shift fits
    #expect(narrow.workDays == given.workDays)
    #expect(narrow.conflicts == given.conflicts && narrow.minHours == given.minHours)
  }

  /// Still over the budget at hourly starts: agents go to the class of the widest skill set that
  /// holds theirs (a relaxation: the bound holds), starts back at the plan's step; each agent
  /// still answers only their own channels in the roster.
  @Test func theLastStepMergesSkillSetsIntoTheWidest() throws {
    var problem = Self.week()
    problem.channels.append(ChannelDemand(id: "chat", demand: .immediate(required: Array(repeating: 0.5, count: 192)), unmetPenaltyPerHour: 100))
    for a in 0..<4 { problem.agents[a].skills = [0, 1] }
    #expect(CoarseWeek.supersets(of: problem) == Array(repeating: [0, 1], count: 8))
    // Voice-only and voice+chat agents: at one cost level, 384 + 576 columns at 15 minutes and
    // 240 + 432 at hourly starts, both over 600; one voice+chat class at 15 minutes: 576.
    let fitted = CoarseWeek.fitted(problem, budget: 600)
    #expect(fitted.classes.count == 1 && fitted.classes[0].skills == [0, 1] && fitted.classes[0].members.count == 8)
    #expect(fitted.problem.shiftTemplates[0].startEvery == 1)
    #expect(fitted.note?.contains("widest skill set") == true)
    var scheduler = WeeklyScheduler(timeLimit: .seconds(10), relativeGap: 0)
    scheduler.relaxationColumnBudget = 600
    let result = try scheduler.schedule(problem)
    for week in result.roster.agents where !problem.agents.first(where: { $0.id == week.agent })!.skills.contains(1) {
      #expect(week.shifts.allSatisfy { shift in shift.work.allSatisfy { $0.allSatisfy { $0.channel != 1 } } }, "\(week.agent) answers chat")
    }
  }

  @Test func withoutARelaxationShiftsGoWhereDemandIsUncovered() throws {
    var scheduler = WeeklyScheduler(timeLimit: .seconds(10), relativeGap: 0)
    scheduler.relaxationNeverEnds = true
    let result = try scheduler.schedule(Self.week())
    #expect(result.report.stopReason.contains("no shift counts"), "\(result.report.stopReason)")
    #expect(result.report.lowerBound == 0)
    #expect(result.report.filledShifts > 0)
    // 40 agent-hours required; minimum hours alone (0 here) would leave them all unmet.
    let unmet = result.report.unmetAgentHours["voice"] ?? 40
    #expect(unmet < 12, "unmet \(unmet) of 40 agent-hours")
    for week in result.roster.agents {
      #expect(week.shifts.count <= 2 && Set(week.shifts.map { $0.start / 96 }).count == week.shifts.count)
    }
  }
}
