// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts

// A centred white card that holds a page's form; narrows on small screens.
Rectangle {
    id: root

    default property alias content: column.data

    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border
    implicitWidth: Math.min(Theme.cardMaxWidth, parent ? parent.width - 2 * Theme.margin : Theme.cardMaxWidth)
    implicitHeight: column.implicitHeight + 2 * Theme.margin

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing
    }
}
