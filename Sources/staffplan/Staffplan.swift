import ArgumentParser
import Forecast
import Scheduler

@main
struct Staffplan: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "staffplan",
    abstract: "Workforce planning for contact centers: forecast, size, schedule, validate.",
    version: "0.1.0",
    subcommands: [
      ForecastCommand.self, ErlangCommand.self, RequireCommand.self, ScheduleCommand.self, ValidateCommand.self, CheckCommand.self, CapacityCommand.self,
      PublishCommand.self, WhatIfCommand.self, PlanCommand.self, DemoCommand.self, CheckSizingCommand.self, RenderReportCommand.self,
    ]
  )

  /// Runs through ``CLI/main(_:arguments:)`` so every bad flag exits 64 with one line.
  static func main() {
    CLI.main(Staffplan.self)
  }
}
