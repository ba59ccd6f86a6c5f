// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// Colours, spacing, type sizes and touch targets. No literal colours anywhere else.
// Text colours on their backgrounds meet WCAG AA (4.5:1 or better).
QtObject {
    readonly property color background: "#f4f6f8"
    readonly property color surface: "#ffffff"
    readonly property color primary: "#0b4f8a"        // 8.3:1 on white
    readonly property color textOnPrimary: "#ffffff"
    readonly property color text: "#1b1f24"           // 16:1 on white
    readonly property color mutedText: "#4a5561"      // 7.4:1 on white
    readonly property color border: "#c4ccd4"
    readonly property color disabledFill: "#dde3e9"
    readonly property color focusRing: "#f2a900"
    readonly property color error: "#a4161a"          // 7.0:1 on white
    readonly property color errorBackground: "#fdecea"
    readonly property color success: "#1e6b3a"
    readonly property color warning: "#8a5300"
    readonly property color intervalFill: "#9cc3e6"   // a 95% interval band behind the primary-coloured point
    readonly property color strengthWeak: "#a4161a"
    readonly property color strengthFair: "#8a5300"
    readonly property color strengthGood: "#1e6b3a"

    // Sizes follow the system font so text scales with the user's setting.
    readonly property real baseFont: Math.max(17, Qt.application.font.pixelSize > 0 ? Qt.application.font.pixelSize * 1.3 : 17)
    readonly property real smallFont: baseFont * 0.875
    readonly property real titleFont: baseFont * 1.75
    readonly property real headingFont: baseFont * 1.25

    readonly property real touchTarget: Math.max(48, baseFont * 3)
    readonly property real spacing: baseFont * 0.75
    readonly property real margin: baseFont * 1.5
    readonly property real radius: 8
    readonly property real cardMaxWidth: baseFont * 32
}
