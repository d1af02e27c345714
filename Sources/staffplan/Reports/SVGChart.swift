/// A chart canvas drawn as inline SVG: a plot area inside margins, axes with ticks, and a legend.
///
/// Charts draw in a fixed coordinate system (`viewBox`, 1 unit = 1 CSS pixel at 1100 px wide) and
/// the page's CSS scales them to the column width, so they read the same on a laptop and on paper.
/// Text is escaped here; callers pass plain text.
struct SVGChart {
  let width: Double
  let height: Double
  var left = 58.0
  var right = 16.0
  var top = 30.0
  var bottom = 40.0
  private var elements: [String] = []
  private var definitions: [String] = []

  init(width: Double = 1100, height: Double, left: Double = 58, top: Double = 30, bottom: Double = 40) {
    self.width = width
    self.height = height
    self.left = left
    self.top = top
    self.bottom = bottom
  }

  var plotLeft: Double { left }
  var plotRight: Double { width - right }
  var plotTop: Double { top }
  var plotBottom: Double { height - bottom }

  /// Adds raw SVG markup (already escaped).
  mutating func add(_ element: String) { elements.append(element) }

  /// Adds a definition (pattern, clip path) to the chart's `<defs>`.
  mutating func define(_ definition: String) { definitions.append(definition) }

  /// Adds text at a point; `anchor` is `start`, `middle` or `end`.
  mutating func text(
    _ text: String, x: Double, y: Double, anchor: String = "start", className: String = "label", rotate: Bool = false
  ) {
    let transform = rotate ? " transform=\"rotate(-90 \(SVG.n(x)) \(SVG.n(y)))\"" : ""
    add(
      "<text x=\"\(SVG.n(x))\" y=\"\(SVG.n(y))\" text-anchor=\"\(anchor)\" class=\"\(className)\"\(transform)>"
        + "\(HTMLText.escape(text))</text>")
  }

  /// A value axis on the left from 0 to a rounded-up `maximum`, with gridlines; returns its scale.
  mutating func yAxis(
    maximum: Double, label: String, top: Double? = nil, bottom: Double? = nil, left: Double? = nil,
    right: Double? = nil, format: (Double) -> String = { ReportFormat.number($0, decimals: $0 < 10 && $0 != $0.rounded() ? 1 : 0) }
  ) -> LinearScale {
    let top = top ?? plotTop, bottom = bottom ?? plotBottom
    let left = left ?? plotLeft, right = right ?? plotRight
    let ticks = SVG.niceTicks(maximum: maximum)
    let scale = LinearScale(from: 0...(ticks.last ?? 1), start: bottom, end: top)
    for tick in ticks {
      let y = scale(tick)
      add("<line x1=\"\(SVG.n(left))\" x2=\"\(SVG.n(right))\" y1=\"\(SVG.n(y))\" y2=\"\(SVG.n(y))\" class=\"grid\"/>")
      text(format(tick), x: left - 4, y: y + 3.5, anchor: "end", className: "tick")
    }
    if !label.isEmpty {
      text(label, x: 12, y: (top + bottom) / 2, anchor: "middle", className: "axis-label", rotate: true)
    }
    return scale
  }

  /// Tick marks and labels along the bottom of a plot area; `gridlines` draws them up to `top`,
  /// `labelsOnTop` repeats the labels above the plot (tall charts).
  mutating func xAxis(
    ticks: [(position: Double, label: String)], label: String, top: Double? = nil, bottom: Double? = nil,
    left: Double? = nil, right: Double? = nil, gridlines: Bool = true, marks: Bool = true, labelsOnTop: Bool = false
  ) {
    let top = top ?? plotTop, bottom = bottom ?? plotBottom
    let left = left ?? plotLeft, right = right ?? plotRight
    add("<line x1=\"\(SVG.n(left))\" x2=\"\(SVG.n(right))\" y1=\"\(SVG.n(bottom))\" y2=\"\(SVG.n(bottom))\" class=\"axis\"/>")
    for tick in ticks {
      if gridlines {
        add(
          "<line x1=\"\(SVG.n(tick.position))\" x2=\"\(SVG.n(tick.position))\" y1=\"\(SVG.n(top))\" "
            + "y2=\"\(SVG.n(bottom))\" class=\"grid\"/>")
      }
      if marks {
        add(
          "<line x1=\"\(SVG.n(tick.position))\" x2=\"\(SVG.n(tick.position))\" y1=\"\(SVG.n(bottom))\" "
            + "y2=\"\(SVG.n(bottom + 4))\" class=\"axis\"/>")
      }
      if !tick.label.isEmpty {
        text(tick.label, x: tick.position, y: bottom + 15, anchor: "middle", className: "tick")
        if labelsOnTop { text(tick.label, x: tick.position, y: top - 5, anchor: "middle", className: "tick") }
      }
    }
    if !label.isEmpty { text(label, x: (left + right) / 2, y: bottom + 30, anchor: "middle", className: "axis-label") }
  }

  /// A row of legend entries in the top margin, from the plot's left edge.
  mutating func legend(_ items: [LegendItem], y: Double = 14) {
    var x = plotLeft
    for item in items {
      add(item.swatch.svg(x: x, y: y - 5))
      text(item.label, x: x + 20, y: y + 4)
      x += 20 + SVG.textWidth(item.label) + 18
    }
  }

  /// The finished `<svg>` with an accessible title.
  func render(title: String) -> String {
    var svg =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(SVG.n(width)) \(SVG.n(height))\" "
      + "role=\"img\" aria-label=\"\(HTMLText.escape(title))\">\n<title>\(HTMLText.escape(title))</title>\n"
    if !definitions.isEmpty { svg += "<defs>" + definitions.joined(separator: "\n") + "</defs>\n" }
    svg += elements.joined(separator: "\n")
    return svg + "\n</svg>"
  }
}

/// A straight map from values to chart coordinates.
struct LinearScale {
  let domain: ClosedRange<Double>
  /// The coordinates of the domain's lower and upper bounds; `start > end` for SVG's downward y.
  let start: Double
  let end: Double

  /// Maps `domain.lowerBound` to `start` and `domain.upperBound` to `end`.
  init(from domain: ClosedRange<Double>, start: Double, end: Double) {
    self.domain = domain
    self.start = start
    self.end = end
  }

  func callAsFunction(_ value: Double) -> Double {
    let span = domain.upperBound - domain.lowerBound
    guard span > 0 else { return start }
    return start + (value - domain.lowerBound) / span * (end - start)
  }
}

/// One entry of a chart legend.
struct LegendItem {
  /// How an entry is drawn.
  enum Swatch {
    case line(color: String, dashed: Bool)
    case area(color: String, opacity: Double)
    case pattern(id: String)
    case box(color: String)

    func svg(x: Double, y: Double) -> String {
      switch self {
      case .line(let color, let dashed):
        let dash = dashed ? " stroke-dasharray=\"4 3\"" : ""
        return "<line x1=\"\(SVG.n(x))\" x2=\"\(SVG.n(x + 16))\" y1=\"\(SVG.n(y + 5))\" y2=\"\(SVG.n(y + 5))\" "
          + "stroke=\"\(color)\" stroke-width=\"2.5\"\(dash)/>"
      case .area(let color, let opacity):
        return "<rect x=\"\(SVG.n(x))\" y=\"\(SVG.n(y))\" width=\"16\" height=\"10\" fill=\"\(color)\" "
          + "fill-opacity=\"\(opacity)\"/>"
      case .pattern(let id):
        return "<rect x=\"\(SVG.n(x))\" y=\"\(SVG.n(y))\" width=\"16\" height=\"10\" fill=\"url(#\(id))\" "
          + "stroke=\"#888\" stroke-width=\"0.5\"/>"
      case .box(let color):
        return "<rect x=\"\(SVG.n(x))\" y=\"\(SVG.n(y))\" width=\"16\" height=\"10\" fill=\"\(color)\"/>"
      }
    }
  }

  var label: String
  var swatch: Swatch
}

/// Small helpers shared by the charts.
enum SVG {
  /// A coordinate with at most one decimal: `12`, `12.5`.
  static func n(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }

  /// Round tick values from 0 covering `maximum`: steps of 1, 2 or 5 times a power of ten, 3 to 6 ticks.
  static func niceTicks(maximum: Double, count: Int = 5) -> [Double] {
    let top = maximum > 0 && maximum.isFinite ? maximum : 1
    let rough = top / Double(count)
    var power = 1.0
    while power * 10 <= rough { power *= 10 }
    while power > rough { power /= 10 }
    let step = [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= rough } ?? power * 10
    var ticks: [Double] = [0]
    while ticks.last! < top - 1e-9 { ticks.append(ticks.last! + step) }
    return ticks
  }

  /// Approximate rendered width of `text` at the charts' 11 px sans-serif.
  static func textWidth(_ text: String) -> Double { Double(text.count) * 6.2 }

  /// A diagonal hatch pattern (breaks, closed time), defined once per chart.
  static func hatch(id: String, color: String = "#9a9a9a", background: String = "#e6e6e6") -> String {
    "<pattern id=\"\(id)\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" "
      + "patternTransform=\"rotate(45)\"><rect width=\"5\" height=\"5\" fill=\"\(background)\"/>"
      + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"5\" stroke=\"\(color)\" stroke-width=\"2\"/></pattern>"
  }
}
