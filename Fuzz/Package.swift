// swift-tools-version:6.0
// libFuzzer harness for staffplan's readers; not part of the main package, so `swift test` never
// builds it. Build and run with scripts/fuzz.sh (it passes -sanitize=fuzzer,address and
// -parse-as-library: libFuzzer supplies `main`). See docs/reliability.md.
import PackageDescription

let package = Package(
  name: "StaffplanFuzz",
  dependencies: [.package(name: "staffplan", path: "..")],
  targets: [
    .executableTarget(
      name: "StaffplanFuzz",
      dependencies: [
        .product(name: "Forecast", package: "staffplan"),
        .product(name: "Scheduler", package: "staffplan"),
      ]
    )
  ]
)
