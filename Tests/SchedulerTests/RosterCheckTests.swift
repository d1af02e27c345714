import Forecast
import Foundation
import Testing

@testable import Scheduler

/// One tiny roster per hard rule that breaks exactly that rule; the clean roster breaks none.
@Suite struct RosterCheckTests {
  typealias F = CheckFixture

  /// The rules broken when `extra` replaces the shifts of `dropping` in the clean roster.
  func rules(
    _ extra: [RosterSegment], dropping: [(String, String)] = [], plan: Plan? = nil, agents: [Agent]? = nil
  ) throws -> (Set<ScheduleRule>, [RosterViolation]) {
    let plan = try plan ?? F.plan()
    let violations = try F.check(try F.clean(plan, dropping: dropping) + extra, plan: plan, agents: agents)
    return (Set(violations.map(\.rule)), violations)
  }

  @Test func cleanRosterHasNoViolation() throws {
    let plan = try F.plan()
    #expect(try F.check(F.clean(plan), plan: plan) == [])
  }

  @Test func overlapAndGapBreakOneShiftPerDay() throws {
    let plan = try F.plan()
    let overlap = try F.shift("a1", "2026-11-30", "08:00", [(60, "chat")], plan: plan)
    let (rules, violations) = try rules(overlap)
    #expect(rules == [.oneShiftPerDay])
    #expect(violations.map(\.description) == ["a1, 2026-11-30, oneShiftPerDay: has overlapping segments 08:00-09:00 (work voice over another)"])

    let withGap = try F.shift("a1", "2026-11-30", "08:00", F.eight("voice"), plan: plan).filter {
      $0.start != (try? plan.calendar.instant(parsing: "2026-11-30T10:15"))
    }
    let (gapRules, gap) = try self.rules(withGap, dropping: [("a1", "2026-11-30")])
    #expect(gapRules == [.oneShiftPerDay])
    #expect(gap[0].message.hasPrefix("has a gap 10:15-12:00 between segments"))
  }

  @Test func shiftDatedOutsideTheWeekBreaksWeek() throws {
    let plan = try F.plan()
    let (rules, violations) = try rules(try F.shift("a1", "2026-12-07", "08:00", F.eight("voice"), plan: plan))
    #expect(rules == [.week])
    #expect(violations[0].date == LocalDate(year: 2026, month: 12, day: 7))
  }

  @Test func lengthNotInThePlanAndDayWindowBreakShiftLength() throws {
    let plan = try F.plan()
    let five = try F.shift("a2", "2026-11-30", "09:00", [(120, "voice"), (15, "break"), (165, "voice")], plan: plan)
    let (rules, violations) = try rules(five, dropping: [("a2", "2026-11-30")])
    #expect(rules == [.shiftLength])
    #expect(violations[0].message == "works a 5h shift 09:00-14:00; the plan's lengths are 4h, 8h")

    let windowed = try F.plan(replacing: "  start_every: 30m", with: "  start_every: 30m\n  earliest_start: \"09:00\"\n  latest_end: \"20:00\"")
    let late = try F.shift("a3", "2026-11-30", "14:00", F.eight("chat"), plan: windowed)
    let lateViolations = try F.check(F.clean(windowed) + late, plan: windowed)
    #expect(Set(lateViolations.map(\.rule)) == [.shiftLength])
    #expect(lateViolations.filter { $0.agent == "a3" }.map(\.message) == ["ends 22:00, after the latest end 20:00"])
    #expect(
      lateViolations.filter { $0.agent == "a1" }.map(\.message)
        == Array(repeating: "starts 08:00, before the earliest start 09:00", count: 3))
    #expect(lateViolations.filter { $0.agent == "a4" }.first?.message == "ends 06:00 on 2026-12-01, after the latest end 20:00")
  }

  @Test func startOffTheGridBreaksStartGrid() throws {
    let plan = try F.plan()
    let (rules, violations) = try rules(
      try F.shift("a2", "2026-11-30", "09:15", F.four("voice"), plan: plan), dropping: [("a2", "2026-11-30")])
    #expect(rules == [.startGrid])
    #expect(violations[0].message == "starts 09:15, 9h15m after midnight, off the 30m start grid")
  }

  @Test func misplacedMissingAndUnknownBreaksBreakBreaks() throws {
    let plan = try F.plan()
    let late = try F.shift("a1", "2026-11-30", "08:00", [(210, "voice"), (15, "break"), (30, "voice"), (30, "break"), (195, "voice")], plan: plan)
    let (rules, violations) = try rules(late, dropping: [("a1", "2026-11-30")])
    #expect(rules == [.breaks])
    #expect(violations.map(\.message) == ["takes the 15m break 11:30-11:45, 3h30m into the shift; it must start 2h to 3h into the shift"])

    let noLunch = try F.shift("a1", "2026-11-30", "08:00", [(120, "voice"), (15, "break"), (345, "voice")], plan: plan)
    let (_, missing) = try self.rules(noLunch, dropping: [("a1", "2026-11-30")])
    #expect(missing.map(\.message) == ["misses the unpaid 30m break of its 8h shift (it must lie inside 3h-6h of the shift)"])

    let extra = try F.shift("a2", "2026-11-30", "09:00", [(60, "voice"), (10, "break"), (50, "voice"), (15, "break"), (105, "voice")], plan: plan)
    let (extraRules, unknown) = try self.rules(extra, dropping: [("a2", "2026-11-30")])
    #expect(extraRules == [.breaks])
    #expect(unknown.map(\.message) == ["takes a 10m break 10:00-10:10 that matches no break of a 4h shift (15m break)"])
  }

  @Test func adjacentBreaksWrittenAsOneSegmentAreBothTakenWhereBreaksMayTouch() throws {
    let plan = try F.plan(replacing: "  breaks:\n", with: "  min_work_between_breaks: 0m\n  breaks:\n")
    let merged = try F.shift("a1", "2026-11-30", "08:00", [(165, "voice"), (45, "break"), (270, "voice")], plan: plan)
    #expect(try rules(merged, dropping: [("a1", "2026-11-30")], plan: plan).0 == [])
  }

  @Test func breaksBackToBackOrTooCloseBreakBreaks() throws {
    // Default `min_work_between_breaks`: 30m. The 15m break then lunch, as one segment or two.
    let plan = try F.plan()
    #expect(plan.shifts?.minWorkBetweenBreaks == .seconds(1800))
    let merged = try F.shift("a1", "2026-11-30", "08:00", [(165, "voice"), (45, "break"), (270, "voice")], plan: plan)
    let (rules, violations) = try rules(merged, dropping: [("a1", "2026-11-30")])
    #expect(rules == [.breaks])
    #expect(
      violations.map(\.message) == [
        "takes the 15m break and the unpaid 30m break back to back (10:45-11:30); breaks must be at least 30m of work apart (shifts.min_work_between_breaks)"
      ])
    let close = try F.shift("a1", "2026-11-30", "08:00", [(165, "voice"), (15, "break"), (15, "voice"), (30, "break"), (255, "voice")], plan: plan)
    let (_, closeViolations) = try self.rules(close, dropping: [("a1", "2026-11-30")])
    #expect(
      closeViolations.map(\.message) == [
        "works 15m between the breaks 10:45-11:00 and 11:15-11:45; breaks must be at least 30m of work apart (shifts.min_work_between_breaks)"
      ])
    let apart = try F.shift("a1", "2026-11-30", "08:00", [(165, "voice"), (15, "break"), (30, "voice"), (30, "break"), (240, "voice")], plan: plan)
    #expect(try self.rules(apart, dropping: [("a1", "2026-11-30")]).0 == [])
  }

  @Test func unpaidLunchesCountAgainstMinimumHours() throws {
    let plan = try F.plan()
    let agents = try F.agents(plan, replacing: "a1,Ana,voice|chat,20,40", with: "a1,Ana,voice|chat,23,40")
    let (rules, violations) = try rules([], plan: plan, agents: agents)
    #expect(rules == [.weeklyHours])
    // Three 8 h shifts less three unpaid 30 m lunches: 22.5 paid hours.
    #expect(violations[0].hours == RosterViolation.WeeklyHours(paid: 22.5, minimum: 23, maximum: 40))
    #expect(violations[0].date == nil)
    #expect(violations[0].message == "is paid 22h30m in the week, below the minimum 23h")

    let capped = try F.agents(plan, replacing: "a1,Ana,voice|chat,20,40", with: "a1,Ana,voice|chat,0,22")
    let (_, above) = try self.rules([], plan: plan, agents: capped)
    #expect(above.map(\.hours?.aboveMaximum) == [true])
  }

  @Test func tooManyDaysBreakMaxDays() throws {
    let plan = try F.plan()
    let agents = try F.agents(plan, replacing: "a2,Bea,voice,0,40,5", with: "a2,Bea,voice,0,40,1")
    let (rules, violations) = try rules(try F.shift("a2", "2026-12-01", "09:00", F.four("voice"), plan: plan), agents: agents)
    #expect(rules == [.maxDays])
    #expect(violations[0].message == "works 2 days in the week, more than max_days 1")
  }

  @Test func fourDaysInARowBreakMaxConsecutiveDays() throws {
    let plan = try F.plan()
    let (rules, violations) = try rules(try F.shift("a1", "2026-12-03", "08:00", F.eight("voice"), plan: plan))
    #expect(rules == [.maxConsecutiveDays])
    #expect(violations[0].date == LocalDate(year: 2026, month: 11, day: 30))
  }

  @Test func sixDaysBreakMinDaysOff() throws {
    let plan = try F.plan()
    var six: [RosterSegment] = []
    for date in ["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-04", "2026-12-05", "2026-12-06"] {
      six += try F.shift("a3", date, "09:00", F.four("chat"), plan: plan)
    }
    let (rules, violations) = try rules(six)
    #expect(rules == [.minDaysOff])
    #expect(violations[0].message == "has 1 day off in the week, fewer than min_days_off 2")
  }

  @Test func restExactlyMinRestIsKeptAndAMinuteLessIsNot() throws {
    let plan = try F.plan()
    let pair = try F.shift("a3", "2026-11-30", "17:00", F.four("chat"), plan: plan)
      + F.shift("a3", "2026-12-01", "08:00", F.four("chat"), plan: plan)
    #expect(try rules(pair).0 == [])
    let longer = try F.plan(replacing: "min_rest: 11h", with: "min_rest: 11h1m")
    let (rules, violations) = try rules(pair, plan: longer)
    #expect(rules == [.minimumRest])
    #expect(violations[0].date == LocalDate(year: 2026, month: 12, day: 1))
    #expect(violations[0].message == "rests 11h after the 2026-11-30 shift ends 2026-11-30T21:00, less than min_rest 11h1m")
  }

  @Test func workOutsideAvailabilityBreaksAvailability() throws {
    let plan = try F.plan()
    let (rules, violations) = try rules(
      try F.shift("a2", "2026-11-30", "15:00", F.four("voice"), plan: plan), dropping: [("a2", "2026-11-30")])
    #expect(rules == [.availability])
    #expect(violations[0].message == "works 18:00-19:00 outside availability (available mon 08:00-18:00)")
  }

  @Test func channelWithoutTheSkillOrUnknownBreaksSkills() throws {
    let plan = try F.plan()
    let chat = try F.shift("a2", "2026-11-30", "09:00", [(120, "chat"), (15, "break"), (105, "voice")], plan: plan)
    let (rules, violations) = try rules(chat, dropping: [("a2", "2026-11-30")])
    #expect(rules == [.skills])
    #expect(violations[0].message == "works chat 09:00-11:00 without the skill (skills: voice)")
    let fax = try F.shift("a2", "2026-11-30", "09:00", [(120, "fax"), (15, "break"), (105, "voice")], plan: plan)
    #expect(try self.rules(fax, dropping: [("a2", "2026-11-30")]).0 == [.skills])
  }

  @Test func workWhileClosedAndIdleWhileOpenBreakOpenHours() throws {
    let plan = try F.plan()
    let late = try F.shift("a3", "2026-11-30", "19:00", F.four("chat"), plan: plan)
    let (rules, violations) = try rules(late)
    #expect(rules == [.openHours])
    #expect(violations.map(\.message) == ["works chat 22:00-23:00 while chat is closed (opens 2026-12-01 08:00)"])

    let idleLate = try F.shift("a3", "2026-11-30", "16:00", [(120, "chat"), (15, "break"), (105, "chat"), (30, "break"), (90, "chat"), (120, "idle")], plan: plan)
    #expect(try self.rules(idleLate).0 == [])
    let idleEarly = try F.shift("a3", "2026-11-30", "16:00", [(120, "chat"), (15, "break"), (105, "chat"), (30, "break"), (30, "chat"), (60, "idle"), (120, "idle")], plan: plan)
    let (idleRules, idle) = try self.rules(idleEarly)
    #expect(idleRules == [.openHours])
    #expect(idle.map(\.message) == ["is idle 21:00-22:00 while chat is open (the time should be work)"])
  }

  @Test func idleShiftOnAHolidayBreaksClosedDay() throws {
    let plan = try F.plan(replacing: "shrinkage: 30%", with: "shrinkage: 30%\nholidays: [2026-11-30]")
    let idle = try F.shift("a2", "2026-11-30", "09:00", [(120, "idle"), (15, "break"), (105, "idle")], plan: plan)
    let agents = try F.agents(plan, replacing: "a1,Ana,voice|chat,20,40", with: "a1,Ana,voice|chat,0,40")
    let (rules, violations) = try rules(
      idle, dropping: [("a1", "2026-11-30"), ("a2", "2026-11-30"), ("a4", "2026-11-30")], plan: plan, agents: agents)
    #expect(rules == [.closedDay])
    #expect(violations[0].message == "works 09:00-13:00 on the holiday 2026-11-30, when none of voice opens")
  }

  @Test func workOnAWeekdayHolidayBreaksClosedDayAndOpenHours() throws {
    let plan = try F.plan(replacing: "shrinkage: 30%", with: "shrinkage: 30%\nholidays: [2026-12-02]")
    let (rules, violations) = try rules([], plan: plan)
    #expect(rules == [.closedDay, .openHours])
    #expect(violations.allSatisfy { $0.agent == "a1" && $0.date == LocalDate(year: 2026, month: 12, day: 2) })
    #expect(violations.contains { $0.message == "works voice 08:00-10:00 while voice is closed (holiday 2026-12-02)" })
  }

  /// A holiday lowers the minimum of agents who could have worked that weekday, not of one never
  /// available on it (a planner's Friday holiday cost Mon-Thu part-timers a day's share).
  @Test func aHolidayLowersOnlyTheMinimumsOfAgentsAvailableThatWeekday() throws {
    let plan = try F.plan(replacing: "shrinkage: 30%", with: "shrinkage: 30%\nholidays: [2026-12-04]")  // a Friday
    let agents = try F.agents(
      plan, replacing: "a2,Bea,voice,0,40,5,mon-fri 08:00-18:00,15", with: "a2,Bea,voice,20,40,4,mon-thu 08:00-18:00,15")
    let ana = plan.weeklyMinimum(of: agents[0])
    #expect(ana.holidays == [LocalDate(year: 2026, month: 12, day: 4)])
    #expect(abs(ana.hours - (20 - 20.0 / 5)) < 1e-9)
    let bea = plan.weeklyMinimum(of: agents[1])
    #expect(bea.holidays.isEmpty)
    #expect(bea.hours == 20)
  }

  @Test func unknownAgentIsNamedOnce() throws {
    let plan = try F.plan()
    let (rules, violations) = try rules(try F.shift("zz", "2026-11-30", "09:00", F.four("voice"), plan: plan))
    #expect(rules == [.knownAgent])
    #expect(violations.map(\.description) == ["zz, week, knownAgent: is not in agents.csv but has 1 shift in the roster"])
  }

  @Test func shiftsCrossingMidnightAndIntoTheNextWeekAreCheckedInRealTime() throws {
    let plan = try F.plan()
    // The clean roster's a4 works 22:00-06:00 on Monday and on Sunday, the week's last day.
    let tuesday = try F.shift("a4", "2026-12-01", "16:00", F.eight("night"), plan: plan)
    let (rules, violations) = try rules(tuesday)
    #expect(rules == [.openHours, .minimumRest])
    #expect(violations.contains { $0.message == "rests 10h after the 2026-11-30 shift ends 2026-12-01T06:00, less than min_rest 11h" })
    let sunday = violations.filter { $0.date == LocalDate(year: 2026, month: 12, day: 6) }
    #expect(sunday.isEmpty)
  }

  @Test func daylightSavingDayCountsRealElapsedTime() throws {
    // New York falls back on 2026-11-01 (01:00-02:00 twice): midnight to 07:00 is 8 real hours.
    let plan = try F.plan(replacing: "America/Sao_Paulo\ninterval: 15m\nweek: 2026-11-30", with: "America/New_York\ninterval: 15m\nweek: 2026-10-26")
      .with { $0.channels[1].hours = .alwaysOpen }
    func messages(_ segments: [RosterSegment]) throws -> [String] {
      try F.check(segments, plan: plan).filter { $0.agent == "a3" }.map(\.message)
    }
    let eight = try F.shift("a3", "2026-11-01", "00:00", F.eight("chat"), plan: plan)
    #expect(eight.last?.end == (try plan.calendar.instant(parsing: "2026-11-01T07:00")))
    #expect(try messages(eight) == [])
    #expect(plan.calendar.text(for: eight[1].start) == "2026-11-01T01:00-05:00")
    let wallEight = try F.shift("a3", "2026-11-01", "00:00", F.eight("chat") + [(60, "chat")], plan: plan)
    #expect(try messages(wallEight) == ["works a 9h shift 00:00-08:00; the plan's lengths are 4h, 8h"])
    // 01:30 in standard time is 2h30m after midnight: on the grid; 03:15 is 4h15m: off it.
    #expect(try messages(F.shift("a3", "2026-11-01", "2026-11-01T01:30-05:00", F.four("chat"), plan: plan)) == [])
    let off = try messages(F.shift("a3", "2026-11-01", "03:15", F.four("chat"), plan: plan))
    #expect(off == ["starts 03:15, 4h15m after midnight, off the 30m start grid"])
  }
}

extension Plan {
  /// A copy changed by `change`.
  func with(_ change: (inout Plan) -> Void) -> Plan {
    var copy = self
    change(&copy)
    return copy
  }
}

@Suite struct RosterCheckSpringForwardTests {
  @Test func twentyThreeHourDayShortensTheWallClockOfAShift() throws {
    // Lisbon springs forward on 2026-03-29 (01:00 -> 02:00): 00:00 to 09:00 is 8 real hours.
    let plan = try CheckFixture.plan(
      replacing: "America/Sao_Paulo\ninterval: 15m\nweek: 2026-11-30", with: "Europe/Lisbon\ninterval: 15m\nweek: 2026-03-23"
    ).with { $0.channels[1].hours = .alwaysOpen }
    let eight = try CheckFixture.shift("a3", "2026-03-29", "00:00", CheckFixture.eight("chat"), plan: plan)
    #expect(plan.calendar.text(for: eight.last!.end) == "2026-03-29T09:00")
    let violations = try CheckFixture.check(eight, plan: plan).filter { $0.agent == "a3" }
    #expect(violations == [])
  }
}
