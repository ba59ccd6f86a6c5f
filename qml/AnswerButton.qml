// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// A large, toggled answer: a choice, don't know or refused. The selected one is filled; one that the choice filter
// no longer offers (but is still stored) is outlined in the warning colour.
Button {
    id: root

    property bool warning: false

    checkable: false
    implicitHeight: Theme.touchTarget
    font.pixelSize: Theme.baseFont
    // Answers are read out as written: no all-caps (the Material style's default for buttons).
    font.capitalization: Font.MixedCase
    Accessible.name: text
    Accessible.checkable: true
    Accessible.checked: checked

    contentItem: Text {
        text: root.text
        font: root.font
        color: root.checked ? Theme.textOnPrimary : Theme.text
        verticalAlignment: Text.AlignVCenter
        horizontalAlignment: Text.AlignLeft
        leftPadding: Theme.spacing * 0.5
        rightPadding: Theme.spacing * 0.5
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: Theme.radius
        color: root.checked ? Theme.primary : root.down ? Theme.disabledFill : Theme.surface
        border.width: root.visualFocus ? 3 : root.warning ? 2 : 1
        border.color: root.visualFocus ? Theme.focusRing : root.warning ? Theme.warning : Theme.border
    }
}
