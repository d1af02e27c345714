import Foundation
import Forecast
import Testing

@testable import Scheduler

/// Scenario files: every key read, and every mistake one located line with what to do.
@Suite struct ScenarioReaderTests {
  @Test func readsEveryKey() throws {
    let scenario = try ScenarioFixture.scenario("""
      name: late chat
      hours: { chat: { tue: "09:00-14:00", mon: closed } }
      targets: { voice: 80/30 }
      shrinkage: { all: 25%, chat: 10% }
      volume: { all: +10%, chat: -5% }
      handle_time: +20%
      headcount:
        add: { like: A001, count: 2 }
        remove: [A003, A004]
        scale: 150%
      new_hours_volume: { nearest: 50% }
      """)
    #expect(scenario.name == "late chat")
    let chat = try #require(scenario.hours["chat"])
    #expect(chat.text == "tue 09:00-14:00")  // monday closed, tuesday replaced
    #expect(scenario.targets["voice"]?.text == "80/30")
    #expect(scenario.planShrinkage == Percentage(fraction: 0.25))
    #expect(scenario.channelShrinkage["chat"] == Percentage(fraction: 0.1))
    #expect(abs(scenario.volume.factor(for: "voice") - 1.1) < 1e-12)
    #expect(abs(scenario.volume.factor(for: "chat") - 0.95) < 1e-12)  // its own entry replaces all
    #expect(abs(scenario.handleTime.factor(for: "chat") - 1.2) < 1e-12)
    #expect(scenario.headcount == HeadcountChange(remove: ["A003", "A004"], add: [.init(like: "A001", count: 2)], scale: 1.5))
    #expect(scenario.newHoursVolume == .nearest(factor: Percentage(fraction: 0.5)))

    let plan = scenario.apply(to: ScenarioFixture.plan)
    #expect(plan.shrinkage == Percentage(fraction: 0.25))
    #expect(plan.channel("voice")?.target.text == "80/30")
    #expect(plan.channel("voice")?.hours == ScenarioFixture.plan.channel("voice")?.hours)
  }

  @Test func hoursKeepTheDaysNotListed() throws {
    let scenario = try ScenarioFixture.scenario("hours: { voice: { wed: \"09:00-17:00\" } }")
    #expect(scenario.hours["voice"]?.text == "mon 09:00-13:00; tue 09:00-13:00; wed 09:00-17:00")
    #expect(scenario.name == "s")  // the file name by default
    #expect(scenario.newHoursVolume == .standard)
  }

  @Test func unknownKeySuggestsTheNearestWithLineAndField() {
    #expect(ScenarioFixture.message("name: x\nvolum: { all: +10% }")
      == "s.yaml line 2, field volum: unknown key; did you mean \"volume\"?")
    #expect(ScenarioFixture.message("headcount: { add: { lik: A001, count: 2 } }")
      == "s.yaml line 1, field headcount.add.lik: unknown key; did you mean \"like\"?")
  }

  @Test func unknownChannelAndAgentSuggestTheNearest() {
    #expect(ScenarioFixture.message("volume: { chta: +5% }")
      == "s.yaml line 1, field volume.chta: unknown key; did you mean \"chat\"?")
    #expect(ScenarioFixture.message("headcount: { remove: [A002, A0003] }")
      == "s.yaml line 1, field headcount.remove[1]: no agent \"A0003\" in agents.csv; did you mean \"A003\"?")
  }

  @Test func bareNumberWhereAUnitIsNeededSaysWhatToWrite() {
    #expect(ScenarioFixture.message("volume: { all: 10 }")
      == "s.yaml line 1, field volume.all: \"10\" has no % sign; write a change in percent, like +10% or -5%")
    #expect(ScenarioFixture.message("handle_time: 10%")
      == "s.yaml line 1, field handle_time: \"10%\" has no sign; write +10% for a rise or -10% for a fall")
    #expect(ScenarioFixture.message("headcount: { scale: 90 }")
      == "s.yaml line 1, field headcount.scale: \"90\" is above 1 without a % sign; write 90% or 0.9")
  }

  @Test func otherMistakes() {
    #expect(ScenarioFixture.message("# nothing\n")?.hasSuffix("is empty; write at least one change, like volume: { all: +10% }") == true)
    #expect(ScenarioFixture.message("volume: { all: -120% }")?.contains("outside -100% to +1000%") == true)
    #expect(ScenarioFixture.message("new_hours_volume: half")
      == "s.yaml line 1, field new_hours_volume: \"half\" is not nearest, zero or a percentage; write nearest, { nearest: 50% }, zero or 20%")
    #expect(ScenarioFixture.message("hours: { chat: { mon: \"09:00-12:10\" } }")?.contains("field hours.chat.mon") == true)
    #expect(ScenarioFixture.message("shrinkage: 100%")?.contains("leaves no time for contacts") == true)
    #expect(ScenarioFixture.message("headcount: { add: { like: A001 } }")
      == "s.yaml line 1, field headcount.add.count: is missing; add it, like count: 5")
  }
}
