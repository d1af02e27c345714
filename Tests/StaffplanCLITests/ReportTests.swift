import Forecast
import Foundation
import Scheduler
import Testing

@testable import staffplan

@Suite struct ReportTests {
  private func render(leaving: Set<String> = []) throws -> (html: String, folder: URL) {
    let folder = try ReportFixture.folder(leaving: leaving)
    let html = try ReportHTML.render(
      folder: folder, plan: try ReportFixture.plan(),
      historyPath: folder.appendingPathComponent("history.csv").path, agents: ReportFixture.agents)
    return (html, folder)
  }

  /// The history file is named by its folder and name, never by the machine's absolute path.
  @Test(arguments: [9.25, 0.05, 80.25, 1664.75, 12.349999, 7.0])
  func summaryRoundsAsTheReportDoes(value: Double) {
    // printf rounds half to even: the summary said 9.2 idle hours where report.html said 9.3.
    #expect(String(format: "%.1f", ReportFormat.rounded(value, decimals: 1)) == ReportFormat.number(value, decimals: 1).replacingOccurrences(of: ",", with: ""))
  }

  @Test func anUnkeepablePromiseNamesWhatTheHoursAllow() {
    // A planner's e-mail 90%/24h, closed evenings and Sunday: say the strongest promise to publish.
    var promise = ChannelPromise(channel: "email", serviceLevel: 0.57, target: "90%/24h", kept: false, strongestKept: "90%/41h30m")
    promise.keepableInOpenHours = false
    promise.bestInOpenHours = 0.797392
    promise.strongestInOpenHours = "90%/38h15m"
    #expect(
      PromiseGapText.phrase(promise)
        == "no staffing of email's open hours keeps it (at most 79.7 %): work arriving while it is closed waits past its window; the strongest these hours allow is 90%/38h15m, with enough agents: widen its hours, or publish a promise the roster keeps (90%/41h30m)")
  }

  /// E-mail with nobody in open stretches: only stretches of at least `least` open intervals
  /// count (work can wait an hour), closed intervals never, and the line says the work waits.
  @Test func deferredOpenStretchesWithNobodyAreListed() throws {
    let scheduled: [Double] = [0, 0, 0, 1, 0, 1, 0, 0, 0, 0]
    let open = [true, true, true, true, true, true, true, false, true, true]
    let arriving = [0.5, 0, 0.25, 1, 1, 1, 1, 1, 1, 1]
    let empty = SchedulePipeline.openAndEmpty(scheduled: scheduled, arriving: arriving, isOpen: { open[$0] }, least: 2)
    #expect(empty.map { $0 > 0 } == [true, true, true, false, false, false, false, false, true, true])
    #expect(empty[0] == 0.5 && empty[1] > 0 && empty[1] < 1e-5)
    var email = ChannelPromise(channel: "email", serviceLevel: 0.5, target: "90%/24h", kept: false, strongestKept: nil)
    email.unstaffedIntervals = 24
    email.unstaffedAgentHours = 2.3
    email.unstaffedWhere = ["sat 10:00-16:00 2.3 h"]
    email.unstaffedOpenHours = true
    #expect(
      PromiseGapText.unstaffed(email)
        == "email: nobody on it in 24 open intervals (2.3 agent-hours of work arrive then and wait): sat 10:00-16:00 2.3 h")
  }

  /// A channel with stretches of demand and nobody on it, and one nobody is skilled for: the
  /// report lists them from schedule.json as the summary prints them.
  @Test func demandWithNobodyOnTheChannelIsListed() throws {
    var voice = ChannelPromise(channel: "voice", serviceLevel: 0.087, target: "80/20", kept: false, strongestKept: nil)
    voice.unstaffedIntervals = 56
    voice.unstaffedAgentHours = 103
    voice.unstaffedWhere = ["mon 00:00-08:00 51.5 h", "wed 06:00-08:00 8.2 h"]
    var whatsapp = ChannelPromise(channel: "whatsapp", serviceLevel: 0, target: "80%/2h", kept: false, strongestKept: nil)
    whatsapp.noAgentSkilled = true
    let line = "voice: nobody on it in 56 intervals with demand (103.0 agent-hours required): mon 00:00-08:00 51.5 h, wed 06:00-08:00 8.2 h"
    #expect(PromiseGapText.unstaffed(voice) == line)
    #expect(PromiseGapText.unstaffed(whatsapp) == nil)
    #expect(PromiseGapText.phrase(whatsapp)?.hasPrefix("no agent in agents.csv has the skill whatsapp") == true)
    let table = [voice, whatsapp].map {
      ReportInput.Promise(
        channel: $0.channel, serviceLevel: $0.serviceLevel, target: $0.target, kept: false, strongestKept: nil,
        simulatedServiceLevel: nil, probabilityKept: nil)
    }
    let schedule = ReportInput.Schedule(status: "feasible", channels: [voice, whatsapp])
    let html = ReportSections.promises(table, plan: try ReportFixture.plan(), schedule: schedule)
    #expect(html.contains("<li>\(HTMLText.escape(line))</li>"))
    #expect(html.contains("<li>whatsapp: no agent in agents.csv has the skill whatsapp"))
  }

  /// What to try besides hours (the skill, a longer search) is in report.html as the summary says
  /// it, from schedule.json's spare hours of the skilled agents.
  @Test func theSkillHintIsInTheReport() throws {
    var chat = ChannelPromise(channel: "chat", serviceLevel: 0.5, target: "80/60", kept: false, strongestKept: nil)
    (chat.toKeepAgentHours, chat.toKeepWhere) = (48, ["mon 11:00-16:30 48.0 h"])
    (chat.skilledAgents, chat.skilledSpareHours) = (2, 30)
    let table = [
      ReportInput.Promise(
        channel: "chat", serviceLevel: 0.5, target: "80/60", kept: false, strongestKept: nil,
        simulatedServiceLevel: nil, probabilityKept: nil)
    ]
    let plan = try ReportFixture.plan()
    let html = ReportSections.promises(table, plan: plan, schedule: .init(status: "timeLimit", gap: 0.08, channels: [chat]))
    #expect(html.contains("<li>chat: keeping it takes at least +48.0 agent-hours on chat: mon 11:00-16:30 48.0 h</li>"))
    #expect(html.contains("<li>chat: the 2 agents with the skill chat could work at most 30.0 more paid hours"))
    #expect(!html.contains("a longer --time-limit"))
    chat.toKeepAgentHours = 20
    let search = ReportSections.promises(table, plan: plan, schedule: .init(status: "timeLimit", gap: 0.08, channels: [chat]))
    #expect(search.contains("<li>chat: before adding hours: the roster is 8.0 % from its bound"))
    #expect(!search.contains("the 2 agents with the skill chat"))
  }

  @Test func historyFileIsNamedWithoutTheAbsolutePath() throws {
    let (html, folder) = try render()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(html.contains("<code>\(folder.lastPathComponent)/history.csv</code>"))
    #expect(!html.contains(folder.path + "/history.csv"))
  }

  /// The `<tr>` of a table whose first cell is `first`.
  private func row(_ html: String, first: String) -> String? {
    html.components(separatedBy: "<tr>").first { $0.hasPrefix("<td>\(first)</td>") }
  }

  @Test func reportHasAnSVGForEveryChartKind() throws {
    let (html, folder) = try render()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("contacts per hour, history and forecast"))
    #expect(html.contains("required and scheduled agents per interval"))
    #expect(html.contains("service level per interval against 80/20"))
    #expect(html.contains("aria-label=\"Roster Monday 23 Mar 2026: 3 agents on shift\""))
    // 2 forecast + 2 cover + 2 heat maps + 7 roster days.
    #expect(html.components(separatedBy: "<svg ").count - 1 == 13)
    #expect(html.components(separatedBy: "</svg>").count - 1 == 13)
  }

  @Test func reportIsSelfContained() throws {
    let (html, folder) = try render()
    defer { try? FileManager.default.removeItem(at: folder) }
    let withoutNamespace = html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
    #expect(!withoutNamespace.contains("http://"))
    #expect(!withoutNamespace.contains("https://"))
    #expect(!html.contains("<script"))
    #expect(!html.contains("<link"))
    #expect(!html.contains("@import"))
  }

  @Test func namesAreEscaped() throws {
    let (html, folder) = try render()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(html.contains("<h1>Tom &amp; Jerry &lt;Support&gt; &quot;24/7&quot;</h1>"))
    #expect(!html.contains("Tom & Jerry"))
    #expect(html.contains("Zoë &lt;b&gt;O&#39;Brien&lt;/b&gt; &amp; Co (A1)"))
    #expect(!html.contains("<b>O'Brien"))
  }

  /// A broken promise's advice from schedule.json is in the report, as the terminal prints it.
  @Test func brokenPromiseSaysWhatWouldKeepIt() throws {
    let (html, _) = try render()
    #expect(html.contains("chat: keeping it takes at least +6.5 agent-hours on chat: mon 11:00-13:00 4.0 h, tue 11:00-12:00 2.5 h"))
    #expect(!html.contains("voice: about"))
  }

  @Test func promisesTableMatchesValidationJSON() throws {
    let (html, folder) = try render()
    defer { try? FileManager.default.removeItem(at: folder) }
    let voice = try #require(row(html, first: "voice"))
    #expect(voice.contains("<td>80/20</td><td class=\"num\">81.2%</td><td class=\"num\">80.5%</td><td class=\"num\">62.0%</td>"))
    #expect(voice.contains(">at risk</span>"))  // kept by formula, kept in 62 % < 80 % of simulations
    #expect(voice.contains("<td>80/25</td>"))
    let chat = try #require(row(html, first: "chat"))
    #expect(chat.contains("<td class=\"num\">75.0%</td><td class=\"num\">74.0%</td><td class=\"num\">10.0%</td>"))
    #expect(chat.contains(">broken</span>"))
    #expect(html.contains("1 promise broken, 1 at risk"))
    // What raises it, as the summary says it.
    #expect(html.contains("<p>At risk: service_level_margin in plan.yaml plans above the promise (docs/validation.md).</p>"))
  }

  /// A roster written from requirement mode (the short-week fallback) says so above the promises.
  @Test func aReplacedPromiseRosterIsSaidFirst() throws {
    let (plain, folder) = try render()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(!plain.contains("This roster covers each interval's requirement"))
    let file = folder.appendingPathComponent("schedule.json")
    var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
    json["promiseRosterReplaced"] = "the roster scheduled to the promise broke voice; it was written"
    try JSONSerialization.data(withJSONObject: json).write(to: file)
    let html = try ReportHTML.render(
      folder: folder, plan: try ReportFixture.plan(),
      historyPath: folder.appendingPathComponent("history.csv").path, agents: ReportFixture.agents)
    let section = try #require(html.range(of: "<section id=\"promises\">"))
    let lead = html[section.upperBound...].prefix(400)
    #expect(lead.contains("<strong>This roster covers each interval's requirement</strong>, not the week's promises: "
      + "the roster scheduled to the promise broke voice; it was written."))
  }

  @Test func solverFiguresMatchScheduleJSON() throws {
    let (html, folder) = try render()
    defer { try? FileManager.default.removeItem(at: folder) }
    for (figure, value) in [
      ("Status", "optimal"), ("Objective", "1,234.50"), ("Lower bound", "1,200.00"), ("Gap", "2.79%"),
      ("Solve time", "12.3 s"), ("Paid hours", "1,587.3 h"), ("Cost", "24,508.50"),
    ] {
      #expect(html.contains("<td>\(figure)</td><td class=\"num\">\(value)</td>"), "\(figure)")
    }
  }

  @Test func coverTotalsMatchCoverageCSV() throws {
    let (html, folder) = try render()
    defer { try? FileManager.default.removeItem(at: folder) }
    // voice: required 3+4+5+2 = 14, scheduled 12, unmet 2 agent-hours (1-hour intervals); schedule.json
    // says 2 too, so its column is left out (it shows only when the files differ).
    let voice = try #require(html.components(separatedBy: "<tr>").first { $0.hasPrefix("<td>voice</td><td class=\"num\">14.0 h") })
    #expect(voice.contains("<td class=\"num\">12.0 h</td><td class=\"num\">2.0 h</td></tr>"))
    let chat = try #require(html.components(separatedBy: "<tr>").first { $0.hasPrefix("<td>chat</td><td class=\"num\">3.0 h") })
    #expect(chat.contains("<td class=\"num\">2.0 h</td><td class=\"num\">1.0 h</td></tr>"))
    #expect(!html.contains("schedule.json, differs"))
    // The day's unmet agent-hours in the cover panel title.
    #expect(html.contains("Mon 23 Mar, unmet 2.0 h"))
  }

  @Test func scheduleJSONUnmetHoursShowWhenTheyDifferFromCoverage() throws {
    let folder = try ReportFixture.folder(leaving: [])
    defer { try? FileManager.default.removeItem(at: folder) }
    let schedule = folder.appendingPathComponent("schedule.json")
    let text = try String(contentsOf: schedule, encoding: .utf8)
      .replacingOccurrences(of: "\"unmetAgentHours\": {\"voice\": 2,", with: "\"unmetAgentHours\": {\"voice\": 5,")
    try text.write(to: schedule, atomically: true, encoding: .utf8)
    let html = try ReportHTML.render(
      folder: folder, plan: try ReportFixture.plan(),
      historyPath: folder.appendingPathComponent("history.csv").path, agents: ReportFixture.agents)
    #expect(html.contains("Unmet agent-hours (schedule.json, differs)"))
    #expect(html.contains("<td class=\"num\">12.0 h</td><td class=\"num\">2.0 h</td><td class=\"num\">5.0 h</td>"))
  }

  /// A kept promise under what service_level_margin plans is said; one at or above it is not.
  @Test func aMarginNotReachedIsSaid() throws {
    var plan = try ReportFixture.plan()
    plan.serviceLevelMargin = Percentage(fraction: 0.03)
    let voice = try #require(plan.channels.first { $0.id == "voice" })
    func report(_ level: Double) -> ValidationReport {
      ValidationReport(channels: [
        ChannelValidation(channel: voice, serviceLevel: level, kept: true, strongestKept: nil, volume: 100, days: [], intervals: [])
      ])
    }
    #expect(PlanSummary.marginLines(plan: plan, validation: report(0.803))
      == "voice: 80.3% by formula, under the 83.0% service_level_margin plans (the promise is kept; the buffer is a priced target, not a rule)\n")
    #expect(PlanSummary.marginLines(plan: plan, validation: report(0.8304)).isEmpty)
  }

  @Test func heatMapColoursIntervalsAgainstThePromise() throws {
    #expect(HeatMap.color(serviceLevel: 0.79, target: 0.8) == HeatMap.below)
    #expect(HeatMap.color(serviceLevel: 0.8, target: 0.8) == HeatMap.near)
    #expect(HeatMap.color(serviceLevel: 0.849, target: 0.8) == HeatMap.near)
    #expect(HeatMap.color(serviceLevel: 0.85, target: 0.8) == HeatMap.above)
    #expect(HeatMap.color(serviceLevel: nil, target: 0.8) == HeatMap.empty)
    let (html, folder) = try render()
    defer { try? FileManager.default.removeItem(at: folder) }
    // validation.csv's voice 09:00 at 71 % is red, with its figure in the cell's tooltip.
    #expect(html.contains("fill=\"\(HeatMap.below)\"><title>Mon 23 Mar 09:00: 71.0%</title>"))
    #expect(html.contains("Fri 27 Mar (holiday)"))
  }

  @Test func renderingIsDeterministic() throws {
    let (first, folder) = try render()
    defer { try? FileManager.default.removeItem(at: folder) }
    let second = try ReportHTML.render(
      folder: folder, plan: try ReportFixture.plan(),
      historyPath: folder.appendingPathComponent("history.csv").path, agents: ReportFixture.agents)
    #expect(first == second)
  }

  @Test func missingFilesAreSaidNotFatal() throws {
    let (html, folder) = try render(leaving: ["validation.json", "roster.csv"])
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(html.contains("validation.json was not found in the output folder"))
    #expect(html.contains("roster.csv was not found in the output folder"))
    #expect(html.contains("not found: <code>roster.csv</code>, <code>validation.json</code>"))
  }

  @Test func malformedCoverageNamesFileLineAndField() throws {
    let folder = try ReportFixture.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try "channel,interval_start,required,scheduled,unmet,service_level\nvoice,2026-03-23T08:00,3,x,0,\n"
      .write(to: folder.appendingPathComponent("coverage.csv"), atomically: true, encoding: .utf8)
    #expect {
      _ = try ReportHTML.render(folder: folder, plan: try ReportFixture.plan(), historyPath: nil)
    } throws: { error in
      (error as? InputError)?.message.contains("coverage.csv line 2, field scheduled: \"x\" is not a number") == true
    }
  }

  @Test func numbersAreFormattedForPeople() {
    #expect(ReportFormat.number(1234567.891, decimals: 1) == "1,234,567.9")
    #expect(ReportFormat.number(-0.04, decimals: 1) == "0.0")
    #expect(ReportFormat.number(-1500, decimals: 0) == "-1,500")
    #expect(ReportFormat.hours(0.25) == "0.3 h")
    #expect(ReportFormat.percent(0.8) == "80.0%")
    #expect(ReportFormat.money(nil) == "–")
    #expect(ReportFormat.clock(minutes: 1470) == "24:30")
  }

  @Test func hiddenHookWritesReportAndCalendars() throws {
    let planFolder = try Fixture.folder()
    let folder = try ReportFixture.folder()
    defer {
      try? FileManager.default.removeItem(at: folder)
      try? FileManager.default.removeItem(at: planFolder)
    }
    try ReportFixture.planYAML.write(to: planFolder.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
    try """
      id,name,skills,min_hours,max_hours,max_days,availability,cost_per_hour
      A1,Zoë O'Brien,voice|chat,0,40,5,,15
      A2,John Smith,voice,0,40,5,,15
      A3,Ana,chat,0,40,5,,15

      """.write(to: planFolder.appendingPathComponent("agents.csv"), atomically: true, encoding: .utf8)
    let calendars = folder.appendingPathComponent("calendars")
    let result = try StaffplanBinary.run([
      "render-report", "--plan", planFolder.path, "--folder", folder.path, "--history",
      folder.appendingPathComponent("history.csv").path, "--calendars", calendars.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("report.html").path))
    let names = try FileManager.default.contentsOfDirectory(atPath: calendars.path).sorted()
    #expect(names == ["A1.ics", "A2.ics", "A3.ics"])
    let help = try StaffplanBinary.run(["--help"])
    #expect(!help.stdout.contains("render-report"))
  }

  /// Hours per day count where coverage.csv counts them: a night shift's hours after midnight on
  /// the next day; its agent on the day the shift starts.
  @Test func nightShiftHoursCountOnTheDayTheyAreWorked() throws {
    let plan = try PlanReader.read(
      yaml: """
        name: Night
        timezone: Europe/Lisbon
        interval: 1h
        week: 2026-11-30
        shrinkage: 30%
        channels:
          - { id: voice, kind: voice, hours: { mon-sun: "00:00-24:00" }, target: 80/20 }
        """)
    let monday = LocalDate(year: 2026, month: 11, day: 30)
    let at = { (day: Int, hour: Int) in
      try plan.calendar.instant(for: LocalDateTime(date: monday.adding(days: day), hour: hour, minute: 0))
    }
    let roster = [
      RosterSegment(agentID: "A1", shiftDate: monday, start: try at(0, 20), end: try at(0, 23), activity: .work, channel: "voice"),
      RosterSegment(agentID: "A1", shiftDate: monday, start: try at(0, 23), end: try at(1, 0), activity: .break, channel: nil),
      RosterSegment(agentID: "A1", shiftDate: monday, start: try at(1, 0), end: try at(1, 4), activity: .work, channel: "voice"),
    ]
    let html = ReportSections.rosterSummary(roster, plan: plan)
    let rows = html.components(separatedBy: "<tr>")
    let mon = try #require(rows.first { $0.hasPrefix("<td>Mon 30 Nov</td>") })
    let tue = try #require(rows.first { $0.hasPrefix("<td>Tue 1 Dec</td>") })
    #expect(mon.contains("<td class=\"num\">1</td><td class=\"num\">3.0 h</td><td class=\"num\">1.0 h</td>"), "\(mon)")
    #expect(tue.contains("<td class=\"num\">0</td><td class=\"num\">4.0 h</td><td class=\"num\">0.0 h</td>"), "\(tue)")
  }
}
