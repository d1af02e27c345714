// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "staffplan",
  products: [
    .executable(name: "staffplan", targets: ["staffplan"]),
    .library(name: "Forecast", targets: ["Forecast"]),
    .library(name: "Scheduler", targets: ["Scheduler"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
  ],
  targets: [
    // MARK: - Public modules

    /// Time grid (time zone, daylight saving, intervals, opening hours), units, contact history,
    /// forecasting models and accuracy. Knows nothing of staffing or GLPK.
    .target(name: "Forecast"),

    /// Sizing (Erlang C / A, chat, deferred work), the planning domain (plan, channels, agents,
    /// shifts, rules), the GLPK model, roster, validation and simulation.
    .target(
      name: "Scheduler",
      dependencies: [
        "Forecast",
        "CGLPK",
        .product(name: "Yams", package: "Yams"),
      ],
      exclude: ["Schedule/FORMULATION.md"]
    ),

    /// The command-line tool: parses arguments, shows progress, renders reports.
    .executableTarget(
      name: "staffplan",
      dependencies: [
        "Forecast",
        "Scheduler",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    // MARK: - Implementation details

    /// GLPK 5.0 (Debian `libglpk-dev`) behind guarded C calls that turn `abort()` into an error.
    .systemLibrary(
      name: "CGLPK",
      path: "Sources/CGLPK",
      providers: [.apt(["libglpk-dev"])]
    ),

    // MARK: - Tests

    .testTarget(name: "ForecastTests", dependencies: ["Forecast"]),
    .testTarget(name: "SchedulerTests", dependencies: ["Scheduler", "Forecast"]),
    .testTarget(name: "StaffplanCLITests", dependencies: ["staffplan", "Scheduler", "Forecast"]),
  ]
)
