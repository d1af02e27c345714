import Forecast
import Testing

@Suite("Units")
struct UnitsTests {
  @Test func durationsReadEveryUnitAndCombination() throws {
    #expect(try Duration(parsing: "20s") == .seconds(20))
    #expect(try Duration(parsing: "15m") == .seconds(900))
    #expect(try Duration(parsing: "1h30m") == .seconds(5400))
    #expect(try Duration(parsing: "24h") == .seconds(86_400))
    #expect(try Duration(parsing: "1.5h") == .seconds(5400))
    #expect(try Duration(parsing: "2d") == .seconds(172_800))
    #expect(try Duration(parsing: " 90 s ") == .seconds(90))
    #expect(try Duration(parsing: "250ms") == .milliseconds(250))
  }

  @Test func bareNumberIsRefusedNamingTheUnits() {
    #expect(throws: ValueError("\"120\" has no unit", remedy: "add one: 120s, 120m or 120h")) {
      try Duration(parsing: "120")
    }
  }

  @Test func malformedDurationsAreRefused() {
    for text in ["", "h", "1x", "1h30", "-5m", "1..5h", "abc"] {
      #expect(throws: ValueError.self, "\(text)") { try Duration(parsing: text) }
    }
  }

  @Test func durationPrintsItsShortestForm() throws {
    #expect(Duration.seconds(5400).unitText == "1h30m")
    #expect(Duration.seconds(20).unitText == "20s")
    #expect(Duration.seconds(86_400).unitText == "24h")
    #expect(Duration.seconds(0).unitText == "0s")
    #expect(Duration.seconds(900).inMinutes == 15)
  }

  @Test func percentagesAcceptSignOrFraction() throws {
    #expect(try Percentage(parsing: "80%").fraction == 0.8)
    #expect(try Percentage(parsing: "0.8").fraction == 0.8)
    #expect(try Percentage(parsing: "85.5 %").fraction == 0.855)
    #expect(try Percentage(parsing: "1").fraction == 1)
    #expect(Percentage(fraction: 0.855).percentText == "85.5%")
  }

  @Test func percentagesRefuseDecimalCommaAndOutOfRange() {
    #expect(throws: ValueError("\"80,5%\" is not a percentage", remedy: "use a dot for decimals, like 80% or 0.8")) {
      try Percentage(parsing: "80,5%")
    }
    #expect(throws: ValueError.self) { try Percentage(parsing: "120%") }
    #expect(throws: ValueError.self) { try Percentage(parsing: "80") }
    #expect(throws: ValueError.self) { try Percentage(parsing: "-1%") }
    #expect(throws: ValueError.self) { try Percentage(parsing: "nan") }
  }

  @Test func targetsReadBothForms() throws {
    let voice = try ServiceTarget(parsing: "80/20")
    #expect(voice.share.fraction == 0.8)
    #expect(voice.answerTime == .seconds(20))
    #expect(voice.text == "80/20")
    let email = try ServiceTarget(parsing: "90%/24h")
    #expect(email.share.fraction == 0.9)
    #expect(email.answerTime == .seconds(86_400))
    #expect(email.text == "90%/24h")
    #expect(try ServiceTarget(parsing: "80%/20s") == voice)
    #expect(try ServiceTarget(parsing: "0.8/20s") == voice)
  }

  @Test func impossibleTargetsAreRefused() {
    for text in ["80-20", "80/", "/20", "180/20", "0/20", "80/20/5", "80/-5", "100/0", "100%/0s"] {
      #expect(throws: ValueError.self, "\(text)") { try ServiceTarget(parsing: text) }
    }
  }

  /// Fuzzing finding (docs/reliability.md): a bare answer time past Int64 milliseconds trapped.
  @Test func hugeBareAnswerTimeIsRefusedNotATrap() {
    for text in ["90%/2400000000000", "80/1e300", "80/1e9"] {
      #expect(throws: ValueError.self, "\(text)") { try ServiceTarget(parsing: text) }
    }
    #expect((try? ServiceTarget(parsing: "99%/0"))?.answerTime == .zero)
  }
}
