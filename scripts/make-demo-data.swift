// Builds Data/demo from the Anonymous Bank 15-minute file plus generated digital channels.
//
// Usage: swift scripts/make-demo-data.swift ../shared/data/anonymous-bank-1999/calls_15min.csv Data/demo
//
// Voice: the real 15-minute `count_agent_requests` and `aht_seconds` of 1999-01-03 .. 1999-05-15
// (19 weeks, Sunday to Saturday), moved forward by exactly 1437 weeks so weekdays are kept: the
// history ends on Saturday 2026-11-28 and the roster week starts on Sunday 2026-11-29. The source's
// own faults stay in (two missing days, recording gaps, holidays). The real week that followed
// (1999-05-16 .. 22, with the Shavuot holiday on Friday) is written as `actuals.csv` so the
// demo can show forecast error.
//
// Chat, e-mail and WhatsApp are generated with documented assumptions (see Data/README.md):
// a smooth weekday x time-of-day rate (two daily peaks), a slow trend, Poisson counts, and a
// log-normal interval mean handle time, all from a fixed seed so the files are reproducible.
import Foundation

struct SplitMix64 {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  mutating func uniform() -> Double { Double(next() >> 11) / Double(1 << 53) }
  mutating func normal() -> Double {
    let u = max(uniform(), 1e-12), v = uniform()
    return (-2 * log(u)).squareRoot() * cos(2 * .pi * v)
  }
  mutating func poisson(_ mean: Double) -> Int {
    if mean <= 0 { return 0 }
    if mean > 30 { return max(0, Int((mean + mean.squareRoot() * normal()).rounded())) }
    let limit = exp(-mean)
    var product = uniform(), count = 0
    while product > limit { product *= uniform(); count += 1 }
    return count
  }
}

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
  FileHandle.standardError.write("usage: make-demo-data.swift calls_15min.csv OUTDIR\n".data(using: .utf8)!)
  exit(64)
}
let shiftDays = 1437 * 7
let parser = DateFormatter()
parser.locale = Locale(identifier: "en_US_POSIX")
parser.timeZone = TimeZone(identifier: "UTC")
parser.dateFormat = "yyyy-MM-dd'T'HH:mm:ss"
let printer = DateFormatter()
printer.locale = parser.locale
printer.timeZone = parser.timeZone
printer.dateFormat = "yyyy-MM-dd'T'HH:mm"
let firstDay = parser.date(from: "1999-01-03T00:00:00")!
let historyEnd = parser.date(from: "1999-05-16T00:00:00")!
let actualsEnd = parser.date(from: "1999-05-23T00:00:00")!

func moved(_ date: Date) -> Date { date.addingTimeInterval(Double(shiftDays) * 86_400) }

let text = try String(contentsOfFile: arguments[1], encoding: .utf8)
var history = "timestamp,channel,volume,aht_seconds\n"
var actuals = "timestamp,channel,volume,aht_seconds\n"
var voiceRows = 0
for line in text.split(separator: "\n").dropFirst() {
  let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
  guard let date = parser.date(from: fields[0]), date >= firstDay, date < actualsEnd else { continue }
  let volume = Int(fields[2]) ?? 0
  let aht = Double(fields[5]).map { String(format: "%.1f", $0) } ?? ""
  let row = "\(printer.string(from: moved(date))),voice,\(volume),\(volume > 0 ? aht : "")\n"
  if date < historyEnd { history += row; voiceRows += 1 } else { actuals += row }
}

/// A smooth daily peak: a Gaussian bump centred at `hour` with spread `width` hours.
func bump(_ hour: Double, _ center: Double, _ width: Double) -> Double {
  exp(-0.5 * pow((hour - center) / width, 2))
}

struct Generated {
  let id: String
  let open: (Int, Double) -> Bool  // weekday (1 = Sunday ... 7 = Saturday), hour
  let rate: (Int, Double) -> Double  // contacts per 15 minutes
  let meanHandle: Double
}

let digital: [Generated] = [
  Generated(
    id: "chat",
    open: { day, hour in
      switch day {
      case 6: return hour >= 8 && hour < 13
      case 7: return hour >= 20 && hour < 23
      default: return hour >= 8 && hour < 22
      }
    },
    rate: { day, hour in
      let level: [Double] = [0, 16, 15, 14, 14, 13, 8, 6]
      return level[day] * (0.55 * bump(hour, 11.5, 2.2) + 0.45 * bump(hour, 19.5, 1.8) + 0.08)
    },
    meanHandle: 420),
  Generated(
    id: "email",
    open: { _, _ in true },  // e-mail arrives at any hour; staffed hours are in plan.yaml
    rate: { day, hour in
      let level: [Double] = [0, 3.2, 3.0, 2.9, 2.8, 2.6, 1.4, 1.0]
      return level[day] * (0.15 + bump(hour, 10, 2.5) + 0.6 * bump(hour, 15, 2.5))
    },
    meanHandle: 300),
  Generated(
    id: "whatsapp",
    open: { _, _ in true },
    rate: { day, hour in
      let level: [Double] = [0, 6, 5.5, 5.5, 5, 5, 4, 4.5]
      return level[day] * (0.1 + bump(hour, 12.5, 2.5) + 0.9 * bump(hour, 20.5, 1.8))
    },
    meanHandle: 210),
]

var random = SplitMix64(state: 2026)
var calendar = Calendar(identifier: .gregorian)
calendar.timeZone = TimeZone(identifier: "UTC")!
var digitalRows = ""
var digitalActuals = ""
var slot = firstDay
var weekIndex = 0.0
while slot < actualsEnd {
  let weekday = calendar.component(.weekday, from: slot)
  let hour = Double(calendar.component(.hour, from: slot)) + Double(calendar.component(.minute, from: slot)) / 60
  weekIndex = slot.timeIntervalSince(firstDay) / (7 * 86_400)
  let stamp = printer.string(from: moved(slot))
  for channel in digital where channel.open(weekday, hour + 0.125) {
    let trend = 1 + 0.01 * weekIndex
    let volume = random.poisson(channel.rate(weekday, hour + 0.125) * trend)
    var handle = ""
    if volume > 0 {
      let sigma = 0.6 / Double(volume).squareRoot()
      handle = String(format: "%.1f", channel.meanHandle * exp(sigma * random.normal() - sigma * sigma / 2))
    }
    let row = "\(stamp),\(channel.id),\(volume),\(handle)\n"
    if slot < historyEnd { digitalRows += row } else { digitalActuals += row }
  }
  slot = slot.addingTimeInterval(900)
}
history += digitalRows
actuals += digitalActuals

let folder = URL(fileURLWithPath: arguments[2])
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
try history.write(to: folder.appendingPathComponent("history.csv"), atomically: true, encoding: .utf8)
try actuals.write(to: folder.appendingPathComponent("actuals.csv"), atomically: true, encoding: .utf8)
print("voice rows: \(voiceRows); history.csv and actuals.csv written to \(folder.path)")
