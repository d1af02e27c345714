import Foundation
import Forecast
import Testing

@testable import Scheduler

/// Each mistake in plan.yaml gives one line naming the file, line and field, and what to do.
@Suite struct PlanReaderErrorTests {
  /// The one-line message for the fixture plan with `old` replaced by `new`, or nil when it reads.
  func message(replacing old: String, with new: String) -> String? {
    do {
      _ = try PlanReader.read(yaml: specPlan(replacing: old, with: new))
      return nil
    } catch {
      return error.message
    }
  }

  @Test func targetThatIsNotATargetNamesLineAndField() {
    #expect(message(replacing: "target: 80/20", with: "target: 80-20")
      == "plan.yaml line 12, field channels[0].target: \"80-20\" is not a target; write it like 80/20 or 90%/24h")
  }

  @Test func unknownKeySuggestsTheNearestKnownKey() {
    #expect(message(replacing: "target: 80/20", with: "targt: 80/20")
      == "plan.yaml line 12, field channels[0].targt: unknown key; did you mean \"target\"?")
    #expect(message(replacing: "min_rest: 11h", with: "minimum_rest: 11h")
      == "plan.yaml line 31, field rules.minimum_rest: unknown key; did you mean \"min_rest\"?")
    #expect(message(replacing: "name: Demo Bank", with: "colour: blue")
      == "plan.yaml line 1, field colour: unknown key; known keys: name, timezone, interval, week, shrinkage, holidays, channels, shifts, rules, min_interval_service_level, service_level_margin, special_days, business_days")
  }

  @Test func yamlSyntaxErrorIsOneLineWithItsLineNumber() {
    #expect(message(replacing: "target: 80/20", with: "target: [80/20")
      == "plan.yaml line 13: YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence that starts on line 12); check the indentation, colons, quotes and brackets on this line and the one before")
    #expect(message(replacing: "    kind: chat", with: "\t  kind: chat")?.hasSuffix("; indent with spaces, not tabs") == true)
  }

  @Test func wrongShapeSaysWhatIsExpected() {
    #expect(message(replacing: "holidays: [2026-12-25]", with: "holidays: { xmas: 2026-12-25 }")
      == "plan.yaml line 6, field holidays: is a map where a list is expected; write a list like [2026-12-25, 2027-01-01]")
    #expect(message(replacing: "hours: { mon-sun: \"08:00-22:00\" }", with: "hours: [mon-sun]")
      == "plan.yaml line 18, field channels[1].hours: is a list where a map is expected; write a map like { mon-fri: \"08:00-20:00\", sat: \"09:00-13:00\" }")
    #expect(message(replacing: "interval: 15m", with: "interval: [15m]")
      == "plan.yaml line 3, field interval: is a list where a single value is expected; write it like 15m")
  }

  @Test func bareNumberWhereAUnitIsNeededSaysWhichUnitToAdd() {
    #expect(message(replacing: "patience: 120s", with: "patience: 120")
      == "plan.yaml line 13, field channels[0].patience: \"120\" has no unit; add one: 120s, 120m or 120h")
  }

  @Test func intervalLengthNotAllowedListsTheAllowedOnes() {
    #expect(message(replacing: "interval: 15m", with: "interval: 25m")
      == "plan.yaml line 3, field interval: \"25m\" is not an allowed interval length; use 5m, 10m, 15m, 20m, 30m or 60m")
  }

  @Test func concurrencyMustBeAWholeNumberFromOne() {
    #expect(message(replacing: "concurrency: 3", with: "concurrency: 0")
      == "plan.yaml line 17, field channels[1].concurrency: 0 is outside 1 to 50; give the number of contacts one agent carries at once, from 1 to 50")
    #expect(message(replacing: "concurrency: 3", with: "concurrency: 2.5")
      == "plan.yaml line 17, field channels[1].concurrency: \"2.5\" is not a whole number; give the number of contacts one agent carries at once, like 2")
  }

  @Test func shrinkageMustBeBelowOneHundredPercent() {
    #expect(message(replacing: "shrinkage: 30%", with: "shrinkage: 100%")
      == "plan.yaml line 5, field shrinkage: \"100%\" leaves no time for contacts; give a shrinkage below 100%, like 30%")
  }

  @Test func duplicateChannelIdIsRefusedAtTheSecond() {
    #expect(message(replacing: "- id: chat", with: "- id: voice")
      == "plan.yaml line 15, field channels[1].id: channel id \"voice\" is used twice (also channels[0]); give each channel its own id")
  }

  @Test func patienceOnEmailAndConcurrencyOnVoiceAreRefused() {
    #expect(message(replacing: "target: 90%/24h", with: "target: 90%/24h\n    patience: 2h")
      == "plan.yaml line 24, field channels[2].patience: patience applies to voice and chat, where customers wait on line; email contacts do not; remove patience from this channel")
    #expect(message(replacing: "max_occupancy: 85%", with: "concurrency: 2")
      == "plan.yaml line 14, field channels[0].concurrency: concurrency applies to chat and messaging; voice agents take one contact at a time; remove concurrency from this channel")
  }

  @Test func missingRequiredKeysAreNamed() {
    #expect(message(replacing: "timezone: America/Sao_Paulo     # IANA name\n", with: "")
      == "plan.yaml line 1, field timezone: is missing; add it, like timezone: America/Sao_Paulo")
    #expect(message(replacing: "    target: 80/60\n", with: "")
      == "plan.yaml line 15, field channels[1].target: is missing; add it, like target: 80/20")
    #expect(message(replacing: "week: 2026-11-30", with: "week:")
      == "plan.yaml line 4, field week: is empty; add it, like week: 2026-11-30")
  }

  @Test func unknownTimeZoneSuggestsTheNearest() {
    #expect(message(replacing: "America/Sao_Paulo", with: "America/SaoPaulo")
      == "plan.yaml line 2, field timezone: \"America/SaoPaulo\" is not a known time zone; did you mean \"America/Sao_Paulo\"? use an IANA name like America/Sao_Paulo or Europe/Lisbon")
  }

  @Test func openingHoursErrorsNameTheEntry() {
    #expect(message(replacing: "\"08:00-18:00\" }", with: "\"08:10-18:00\" }")
      == "plan.yaml line 22, field channels[2].hours.mon-fri: 08:10 in 08:10-18:00 is not on the 15m interval grid; use times that are multiples of 15m, or a shorter interval")
    #expect(message(replacing: "sat: \"09:00-13:00\"", with: "wed: \"09:00-13:00\"")
      == "plan.yaml line 10, field channels[0].hours.wed: wed is listed in mon-fri and again in wed; list each day once")
    #expect(message(replacing: "{ mon-sun: \"08:00-22:00\" }", with: "{ mon-snu: \"08:00-22:00\" }")
      == "plan.yaml line 18, field channels[1].hours.mon-snu: \"mon-snu\" is not a day key; did you mean \"mon-sun\"? write days like mon, mon-fri, mon,wed,fri, fri-mon or daily")
    #expect(message(replacing: "\"08:00-22:00\"", with: "\"08:00-08:00\"")
      == "plan.yaml line 18, field channels[1].hours.mon-sun: \"08:00-08:00\" starts and ends at the same time; for the whole day write 00:00-24:00")
  }

  @Test func keyListedTwiceIsRefused() {
    #expect(message(replacing: "interval: 15m", with: "interval: 15m\ninterval: 30m")
      == "plan.yaml line 4, field interval: is listed twice (first on line 3); keep one")
  }

  @Test func shiftAndBreakMistakes() {
    #expect(message(replacing: "lengths: [4h, 6h, 8h]", with: "lengths: [4h, 6h10m, 8h]")
      == "plan.yaml line 26, field shifts.lengths[1]: \"6h10m\" is not a multiple of the 15m interval; use multiples of 15m")
    #expect(message(replacing: "{ length: 15m, after: 2h }", with: "{ length: 15m }")
      == "plan.yaml line 28, field shifts.breaks[0]: has neither after nor window; say when the break starts, like after: 2h or window: [3h, 5h]")
    #expect(message(replacing: "paid: false", with: "paid: nope")
      == "plan.yaml line 29, field shifts.breaks[1].paid: \"nope\" is not true or false; write true or false")
    #expect(message(replacing: "max_consecutive_days: 6", with: "max_consecutive_days: 8")
      == "plan.yaml line 32, field rules.max_consecutive_days: 8 is outside 1 to 7; give the number of days in a row, from 1 to 7")
  }

  @Test func emptyFileIsNamed() {
    #expect(throws: InputError(file: "plan.yaml", problem: "is empty", remedy: "write the plan; see the README for an example")) {
      try PlanReader.read(yaml: "# nothing yet\n")
    }
  }
}
