import ArgumentParser
import Forecast
import Foundation
import Scheduler

/// `staffplan publish`: the customer-facing service coordinates, refused when validation says a
/// promise would be broken (docs/reference.md).
struct PublishCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "publish",
    abstract: "Publish the service coordinates (channels, hours, promises) once the roster keeps them.",
    discussion: HelpText.paragraphs(
      """
      Validates the roster against the forecast first (as staffplan validate, by formula). When a promise
      would be broken nothing is written and the exit status is 2, naming the channel, the promise and the
      strongest promise the roster does keep. With --promise strongest, a channel whose promise is broken is published with the strongest promise the roster keeps at the same share instead (said on stderr per channel); refused only when it keeps none. The week is also simulated (--simulate, 30 weeks by default): a promise kept by formula but in fewer than 80 % of simulated weeks is said on stderr as at risk, with what would make it safer; the document is still written. The document says the week it was checked for and lists holidays from that week on. The format follows the extension of --out: .md or .html.

      Example:
        staffplan publish --plan Data/demo --roster roster.csv --forecast forecast.csv --out coordinates.html --language pt
      """))

  @Option(help: "The plan folder (plan.yaml).")
  var plan: String
  @Option(help: "The roster (roster.csv).")
  var roster: String
  @Option(help: "The forecast file written by staffplan forecast.")
  var forecast: String
  @Option(help: "Where to write the coordinates: a .md or .html file.")
  var out: String
  @Option(help: "Language: en or pt.")
  var language: String = "en"
  @Option(help: "target (default): refuse when a promise is broken; strongest: publish the strongest promise the roster keeps.")
  var promise: String = "target"
  @Option(help: "Weeks to simulate before publishing (seed 1, as plan does); 0 skips the simulation.")
  var simulate: Int = 30

  func run() throws {
    guard let words = PublishLanguage.named(language) else {
      throw InputError(file: "--language", problem: "\"\(language)\" is not a supported language", remedy: "use en or pt")
    }
    let format = (out as NSString).pathExtension.lowercased()
    guard ["md", "markdown", "html", "htm"].contains(format) else {
      throw InputError(
        file: "--out", problem: "\"\(out)\" is neither Markdown nor HTML", remedy: "end the file name in .md or .html")
    }
    guard ["target", "strongest"].contains(promise) else {
      throw InputError(file: "--promise", problem: "\"\(promise)\" is not a choice", remedy: "use target or strongest")
    }
    guard (0...100_000).contains(simulate) else {
      throw InputError(file: "--simulate", problem: "\(simulate) is not a number of weeks", remedy: "give 0 to 100000, like 30")
    }
    let input = try ValidationInput.load(planFolder: plan, rosterPath: roster, forecastPath: forecast, agentsPath: nil)
    let report = RosterValidator(week: input.week).validate()
    var published: [String: ServiceTarget] = [:]
    if promise == "strongest" {
      for channel in report.broken {
        if let strongest = channel.strongestKept { published[channel.channel.id] = strongest }
      }
    }
    let refused = report.broken.filter { published[$0.channel.id] == nil }
    guard refused.isEmpty else {
      throw PromiseBroken(
        message: ValidationInput.brokenMessage(ValidationReport(channels: refused), command: "publish")
          + "\npublish: refused; nothing written")
    }
    if simulate > 0 {
      // A promise kept by formula at its edge holds in about half of real weeks: said, not refused
      // (the planner decides), with what would make it safer.
      let simulation = RosterSimulator.run(
        input.week, agentSkills: input.skills, options: SimulationOptions(replications: simulate, seed: 1, threads: 2))
      for line in PlanSummary.riskLines(simulation: simulation, validation: report) { Progress.note("publish: " + line) }
    }
    let document = ServiceCoordinatesDocument(plan: input.plan, language: words, promises: published)
    try AtomicFile.write(format.hasPrefix("htm") ? document.html() : document.markdown(), to: out)
    for channel in report.broken {
      Progress.note(
        "publish: \(channel.channel.id): \(channel.targetText) is not kept (\(ValidationText.percent(channel.serviceLevel, against: channel.channel.target.share.fraction)) in the week); "
          + "published the strongest promise the roster keeps, \(channel.strongestKeptText ?? "?")")
    }
    let kept = report.channels.count - report.broken.count
    Progress.note("publish: \(kept) of \(report.channels.count) promises kept as planned; wrote \(out)")
  }
}
