import Foundation
import Forecast
import Testing

@testable import Scheduler

/// agents.csv: good rows read into agents; each bad row gives one line naming line and column.
@Suite struct PlanAgentsTests {
  let channels = ["voice", "chat", "email"]

  func message(_ csv: String) -> String? {
    do {
      _ = try AgentsReader.read(csv: csv, channelIDs: channels, interval: IntervalLength(minutes: 15))
      return nil
    } catch {
      return error.message
    }
  }

  /// The fixture with one more row appended.
  func withRow(_ row: String) -> String { agentsCSV + row + "\n" }

  @Test func goodRowsReadIntoAgents() throws {
    let agents = try AgentsReader.read(csv: agentsCSV, channelIDs: channels)
    #expect(agents.map(\.id) == ["A001", "A002", "A003"])
    #expect(agents[0].skills == ["voice"])
    #expect(agents[0].minHours == .seconds(36 * 3600))
    #expect(agents[0].maxHours == .seconds(40 * 3600))
    #expect(agents[0].availability == nil)
    #expect(agents[0].costPerHour == 15)
    #expect(agents[1].name == "Friedman, Bruno")
    #expect(agents[1].skills == ["voice", "chat"])
    #expect(agents[1].minHours == .seconds(20 * 3600))
    #expect(agents[1].maxDays == 4)
    let availability = try #require(agents[1].availability)
    #expect(availability.isOpen(.monday, minuteOfDay: 7 * 60))
    #expect(!availability.isOpen(.monday, minuteOfDay: 19 * 60))
    #expect(availability.isOpen(.saturday, minuteOfDay: 13 * 60 + 45))
    #expect(!availability.isOpen(.sunday, minuteOfDay: 10 * 60))
    #expect(agents[2].skills == ["email", "chat"])
    #expect(agents[2].maxHours == .seconds(37 * 3600 + 1800))
    // Sunday night availability runs into Monday morning.
    #expect(agents[2].availability?.isOpen(.monday, minuteOfDay: 5 * 60) == true)
  }

  @Test func columnsMayComeInAnyOrderAndExtraColumnsAreIgnored() throws {
    let csv = "cost_per_hour,max_days,max_hours,min_hours,skills,id,team\n10,5,40,,chat,B1,red\n"
    let agents = try AgentsReader.read(csv: csv, channelIDs: channels)
    #expect(agents.first?.minHours == .zero)
    #expect(agents.first?.name == "")
  }

  @Test func unknownSkillNamesTheKnownChannels() {
    #expect(message(withRow("A004,Dora,voice|phone,30,40,5,,15"))
      == "agents.csv line 5, field skills: \"phone\" is not a channel of the plan; use the channel ids voice, chat, email, joined by |")
    #expect(message(withRow("A004,Dora,voice|chta,30,40,5,,15"))
      == "agents.csv line 5, field skills: \"chta\" is not a channel of the plan; did you mean chat? use the channel ids voice, chat, email, joined by |")
  }

  @Test func duplicateIdNamesBothLines() {
    #expect(message(withRow("A002,Other,voice,30,40,5,,15"))
      == "agents.csv line 5, field id: agent id \"A002\" is used twice (first on line 3); give each agent its own id")
  }

  @Test func minimumAboveMaximumHoursIsRefused() {
    #expect(message(withRow("A004,Dora,voice,40,30h,5,,15"))
      == "agents.csv line 5, field min_hours: min_hours 40h is above max_hours 30h; lower min_hours or raise max_hours")
  }

  @Test func maxDaysIsAWholeNumberFromOneToSeven() {
    #expect(message(withRow("A004,Dora,voice,30,40,8,,15"))
      == "agents.csv line 5, field max_days: 8 is outside 1 to 7; give the number of days with a shift per week, from 1 to 7")
    #expect(message(withRow("A004,Dora,voice,30,40,4.5,,15"))
      == "agents.csv line 5, field max_days: \"4.5\" is not a whole number; give the number of days with a shift per week, like 2")
  }

  @Test func badAvailabilityNamesTheProblem() {
    #expect(message(withRow("A004,Dora,voice,30,40,5,mon-fri 07:00-19:00; mon 20:00-22:00,15"))
      == "agents.csv line 5, field availability: mon is listed in mon-fri and again in mon; list each day once")
    #expect(message(withRow("A004,Dora,voice,30,40,5,weekdays,15"))
      == "agents.csv line 5, field availability: \"weekdays\" has no times; write days then times, like mon-fri 07:00-19:00; sat 08:00-14:00")
    #expect(message(withRow("A004,Dora,voice,30,40,5,mon 07:10-19:00,15"))
      == "agents.csv line 5, field availability: mon 07:10 in 07:10-19:00 is not on the 15m interval grid; use times that are multiples of 15m, or a shorter interval")
  }

  @Test func costIsANonNegativeNumberWithADot() {
    #expect(message(withRow("A004,Dora,voice,30,40,5,,\"12,50\""))
      == "agents.csv line 5, field cost_per_hour: \"12,50\" is not a number; use a dot for decimals, like 15.50")
    #expect(message(withRow("A004,Dora,voice,30,40,5,,-1"))
      == "agents.csv line 5, field cost_per_hour: \"-1\" is negative; give a cost of 0 or more")
  }

  @Test func hoursAcceptBareNumbersAndDurations() {
    #expect(message(withRow("A004,Dora,voice,30,abc,5,,15"))
      == "agents.csv line 5, field max_hours: \"abc\" is not a number of hours; write it like 40 or 37h30m")
    #expect(message(withRow("A004,Dora,voice,30,200,5,,15"))
      == "agents.csv line 5, field max_hours: \"200\" is not between 0 and 168 hours; give hours per week, like 40")
  }

  @Test func missingColumnSuggestsARename() {
    #expect(message("id,name,skill,min_hours,max_hours,max_days,availability,cost_per_hour\n")
      == "agents.csv line 1, field skills: column is missing; rename column \"skill\" to skills")
    #expect(message("id,name\n")
      == "agents.csv line 1, field skills: column is missing; add it to the header: id,name,skills,min_hours,max_hours,max_days,availability,cost_per_hour")
  }

  @Test func unquotedCommaIsCaught() {
    #expect(message(withRow("A004,Cohen, Dora,voice,30,40,5,,15"))
      == "agents.csv line 5: has 9 fields but the header has 8; quote fields that contain commas, like \"Cohen, Ana\"")
  }
}

/// Skills against demand before solving: a maximum flow of the agents' hours to the channels.
@Suite struct SkillCapacityTests {
  /// 320 blended hours for 300 voice and 100 chat: once voice has its 300, chat gets 20; once chat
  /// has its 100, voice gets 220. A voice-only group of 100 hours more covers everything.
  @Test func blendedHoursAreCountedOnce() {
    let short = SkillCapacity.shortfalls(demand: ["voice": 300, "chat": 100], groups: [(["voice", "chat"], 320)])
    #expect(short == [.init(channel: "chat", demand: 100, servable: 20), .init(channel: "voice", demand: 300, servable: 220)])
    #expect(
      SkillCapacity.shortfalls(
        demand: ["voice": 300, "chat": 100], groups: [(["voice", "chat"], 320), (["voice"], 100)]
      ).isEmpty)
  }

  /// A channel nobody has the skill for gets nothing; the others are unaffected.
  @Test func channelWithoutSkilledAgentsGetsNothing() {
    let short = SkillCapacity.shortfalls(demand: ["voice": 50, "email": 10], groups: [(["voice"], 60)])
    #expect(short == [.init(channel: "email", demand: 10, servable: 0)])
  }
}
