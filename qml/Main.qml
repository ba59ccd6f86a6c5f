// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Baseline.Backend

ApplicationWindow {
    id: root
    objectName: "mainWindow"

    width: 1280
    height: 800
    visible: true
    title: qsTr("Baseline")
    color: Theme.background

    Material.theme: Material.Light
    Material.accent: Theme.primary
    Material.primary: Theme.primary

    // Right-to-left languages mirror the whole layout.
    LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    Loader {
        id: pageLoader
        anchors.fill: parent
        sourceComponent: {
            switch (WorkspaceController.stage) {
            case WorkspaceController.NeedsCreate: return createPage
            case WorkspaceController.Locked: return unlockPage
            default: return homePage
            }
        }
    }

    Component { id: createPage; CreatePage {} }
    Component { id: unlockPage; UnlockPage {} }
    Component { id: homePage; HomePage {} }
}
