import Foundation
import Forecast
import Testing

@testable import Scheduler

/// The fixture plan reads into the values it shows; optional parts may be left out.
@Suite struct PlanReaderTests {
  @Test func specExamplePlanReadsIntoItsValues() throws {
    let plan = try PlanReader.read(yaml: specPlanYAML)
    #expect(plan.name == "Demo Bank")
    #expect(plan.calendar.timeZone.identifier == "America/Sao_Paulo")
    #expect(plan.intervalLength == IntervalLength(minutes: 15))
    #expect(plan.week == LocalDate(year: 2026, month: 11, day: 30))
    #expect(plan.shrinkage == Percentage(fraction: 0.3))
    #expect(plan.holidays == [LocalDate(year: 2026, month: 12, day: 25)])
    #expect(plan.channels.map(\.id) == ["voice", "chat", "email"])
    #expect(plan.channels.map(\.kind) == [.voice, .chat, .email])

    let voice = try #require(plan.channel("voice"))
    #expect(voice.hours == (try OpeningHours(parsing: [("mon-fri", "08:00-20:00"), ("sat", "09:00-13:00")])))
    #expect(voice.target == ServiceTarget(share: Percentage(fraction: 0.8), answerTime: .seconds(20)))
    #expect(voice.patience == .seconds(120))
    #expect(voice.maxOccupancy == Percentage(fraction: 0.85))
    #expect(voice.concurrency == nil)
    #expect(plan.shrinkage(for: voice) == Percentage(fraction: 0.3))

    let chat = try #require(plan.channel("chat"))
    #expect(chat.concurrency == 3)
    #expect(chat.hours.openMinutesPerWeek == 7 * 14 * 60)
    #expect(chat.target.text == "80/60")
    #expect(chat.patience == nil)

    let email = try #require(plan.channel("email"))
    #expect(email.target == ServiceTarget(share: Percentage(fraction: 0.9), answerTime: .seconds(86_400)))

    let shifts = try #require(plan.shifts)
    #expect(shifts.startEvery == .seconds(1800))
    #expect(shifts.lengths == [.seconds(4 * 3600), .seconds(6 * 3600), .seconds(8 * 3600)])
    #expect(shifts.breaks == [
      BreakPolicy(length: .seconds(900), placement: .after(.seconds(7200))),
      BreakPolicy(
        length: .seconds(3600), placement: .window(earliest: .seconds(3 * 3600), latest: .seconds(5 * 3600)),
        forShiftsFrom: .seconds(6 * 3600), paid: false),
    ])
    #expect(shifts.breaks(forShiftOf: .seconds(4 * 3600)).count == 1)
    #expect(plan.rules == LabourPolicy(minRest: .seconds(11 * 3600), maxConsecutiveDays: 6))
  }

  @Test func forecastingNeedsNeitherShiftsNorRulesNorName() throws {
    let yaml = String(specPlanYAML[..<specPlanYAML.range(of: "shifts:")!.lowerBound])
      .replacingOccurrences(of: "name: Demo Bank\n", with: "")
    let plan = try PlanReader.read(yaml: yaml, defaultName: "demo")
    #expect(plan.shifts == nil)
    #expect(plan.rules == nil)
    #expect(plan.name == "demo")
    #expect(plan.channels.count == 3)
  }

  @Test func specialDaysAndChannelHandleTimeRead() throws {
    let yaml = String(specPlanYAML[..<specPlanYAML.range(of: "shifts:")!.lowerBound])
      .replacingOccurrences(of: "    target: 80/20\n", with: "    target: 80/20\n    aht: 4m\n")
      + "special_days:\n  - { name: billing run, month_day: 10 }\n  - { name: campaign, dates: [2026-12-03] }\n"
    let plan = try PlanReader.read(yaml: yaml)
    #expect(plan.calendar.specialDays == [
      SpecialDay(name: "billing run", rule: .monthDay(10)),
      SpecialDay(name: "campaign", rule: .dates([LocalDate(year: 2026, month: 12, day: 3)])),
    ])
    #expect(plan.channel("voice")?.handleTime == .seconds(240))
    #expect(plan.channel("chat")?.handleTime == nil)
    #expect(plan.calendar.businessDays == nil)
    let declared = try PlanReader.read(yaml: yaml + "business_days: sun-thu\n")
    #expect(declared.calendar.businessDays == [.sunday, .monday, .tuesday, .wednesday, .thursday])
  }

  @Test func optionalChannelKeysMayBeLeftOutAndHoursTakeLists() throws {
    let yaml = """
      timezone: Europe/Lisbon
      interval: 30m
      week: 2026-10-19
      shrinkage: 0%
      holidays:
      channels:
        - id: night_line
          kind: voice
          hours:
            sun-thu: ["22:00-24:00", "00:00-02:00"]
            fri: closed
          target: 80%/20s
          shrinkage: 35%
      rules: { min_days_off: 2 }
      """
    let plan = try PlanReader.read(yaml: yaml)
    let channel = try #require(plan.channel("night_line"))
    #expect(channel.patience == nil)
    #expect(channel.maxOccupancy == nil)
    #expect(plan.shrinkage(for: channel) == Percentage(fraction: 0.35))
    #expect(channel.hours.ranges(on: .sunday).map(\.text) == ["22:00-24:00", "00:00-02:00"])
    #expect(plan.holidays.dates.isEmpty)
    #expect(plan.rules == LabourPolicy(minDaysOff: 2))
  }

  @Test func bundledDemoPlanAndAgentsRead() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let folder = root.appendingPathComponent("Data/demo").path
    let plan = try PlanReader.read(folder: folder)
    #expect(plan.name == "Demo Bank")
    #expect(plan.channels.map(\.id) == ["voice", "chat", "email", "whatsapp"])
    let agents = try AgentsReader.read(path: folder + "/agents.csv", plan: plan)
    #expect(agents.count == 60)
    #expect(Set(agents.map(\.id)).count == 60)
  }

  @Test func missingPlanFileIsNamed() {
    #expect(throws: InputError(file: "/nonexistent/plan.yaml", problem: "does not exist", remedy: "check the plan folder's path")) {
      try PlanReader.read(folder: "/nonexistent")
    }
  }
}
