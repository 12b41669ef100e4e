import Foundation

/// A colour as red, green and blue components, for measuring distance and contrast.
public struct RGB: Hashable, Sendable, CustomStringConvertible {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8

    public init(_ red: UInt8, _ green: UInt8, _ blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Parses six hex digits, with or without a leading `#`.
    public init?(hex text: String) {
        let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard digits.count == 6, digits.allSatisfy(\.isHexDigit), let value = UInt32(digits, radix: 16) else { return nil }
        self.init(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
    }

    public var description: String {
        "#" + [red, green, blue].map { String(format: "%02x", $0) }.joined()
    }

    /// WCAG 2 relative luminance, 0 (black) to 1 (white).
    public var luminance: Double {
        func linear(_ component: UInt8) -> Double {
            let value = Double(component) / 255
            return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// WCAG 2 contrast ratio between two colours, 1 to 21.
    public static func contrast(_ a: RGB, _ b: RGB) -> Double {
        let (light, dark) = a.luminance > b.luminance ? (a.luminance, b.luminance) : (b.luminance, a.luminance)
        return (light + 0.05) / (dark + 0.05)
    }

    /// The colour in Björn Ottosson's OKLab space, where distance follows what people see.
    public var oklab: (l: Double, a: Double, b: Double) {
        func linear(_ component: UInt8) -> Double {
            let value = Double(component) / 255
            return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        let r = linear(red), g = linear(green), b = linear(blue)
        let l = cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b)
        let m = cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b)
        let s = cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b)
        return (
            0.2104542553 * l + 0.7936177850 * m - 0.0040720468 * s,
            1.9779984951 * l - 2.4285922050 * m + 0.4505937099 * s,
            0.0259040371 * l + 0.7827717662 * m - 0.8086757660 * s
        )
    }

    /// The colour from OKLab coordinates, clamped into sRGB.
    public init(oklab: (l: Double, a: Double, b: Double)) {
        let l = pow(oklab.l + 0.3963377774 * oklab.a + 0.2158037573 * oklab.b, 3)
        let m = pow(oklab.l - 0.1055613458 * oklab.a - 0.0638541728 * oklab.b, 3)
        let s = pow(oklab.l - 0.0894841775 * oklab.a - 1.2914855480 * oklab.b, 3)
        func encoded(_ linear: Double) -> UInt8 {
            let clamped = min(max(linear, 0), 1)
            let value = clamped <= 0.0031308 ? 12.92 * clamped : 1.055 * pow(clamped, 1 / 2.4) - 0.055
            return UInt8((value * 255).rounded())
        }
        self.init(
            encoded(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s),
            encoded(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s),
            encoded(-0.0041960863 * l - 0.7034186147 * m + 1.7076147010 * s)
        )
    }

    /// The same hue made lighter (on a dark background) or darker (on a light one) until it
    /// reaches `minimum` contrast against `background`, changing only OKLab lightness.
    public func readable(on background: RGB, minimum: Double = 4.5) -> RGB {
        guard RGB.contrast(self, background) < minimum else { return self }
        let lab = oklab
        let step = background.luminance < 0.5 ? 0.01 : -0.01
        var lightness = lab.l
        var candidate = self
        while RGB.contrast(candidate, background) < minimum, lightness > 0, lightness < 1 {
            lightness += step
            candidate = RGB(oklab: (lightness, lab.a, lab.b))
        }
        return candidate
    }

    /// Perceptual distance: Euclidean distance in OKLab (about 0.02 is just noticeable).
    public static func distance(_ x: RGB, _ y: RGB) -> Double {
        let a = x.oklab, b = y.oklab
        return ((a.l - b.l) * (a.l - b.l) + (a.a - b.a) * (a.a - b.a) + (a.b - b.b) * (a.b - b.b)).squareRoot()
    }
}

/// xterm's default palette: the 16 ANSI colours, the 6×6×6 cube and the 24 greys.
public enum XtermPalette {
    static let ansi: [RGB] = [
        RGB(0, 0, 0), RGB(205, 0, 0), RGB(0, 205, 0), RGB(205, 205, 0), RGB(0, 0, 238), RGB(205, 0, 205), RGB(0, 205, 205), RGB(229, 229, 229),
        RGB(127, 127, 127), RGB(255, 0, 0), RGB(0, 255, 0), RGB(255, 255, 0), RGB(92, 92, 255), RGB(255, 0, 255), RGB(0, 255, 255), RGB(255, 255, 255),
    ]

    /// The colour of palette entry `index` (0–255).
    public static func rgb(_ index: Int) -> RGB {
        switch index {
        case 0..<16:
            return ansi[index]
        case 16..<232:
            let levels: [UInt8] = [0, 95, 135, 175, 215, 255]
            let value = index - 16
            return RGB(levels[value / 36], levels[value / 6 % 6], levels[value % 6])
        default:
            let grey = UInt8(8 + 10 * (min(index, 255) - 232))
            return RGB(grey, grey, grey)
        }
    }
}

extension Color {
    /// The colour's components; ANSI and indexed colours as xterm's default palette shows them.
    public var rgb: RGB {
        switch self {
        case let .ansi(index): return XtermPalette.rgb(Int(index))
        case let .indexed(index): return XtermPalette.rgb(Int(index))
        case let .rgb(red, green, blue): return RGB(red, green, blue)
        }
    }
}
