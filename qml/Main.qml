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
    // A sensitive interview never puts its subject in the window title or the task switcher.
    title: InterviewController.sensitive && InterviewController.stage !== InterviewController.Idle
           ? qsTr("Notes") : qsTr("Baseline")
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
            if (WorkspaceController.decoy)
                return decoyPage
            switch (WorkspaceController.stage) {
            case WorkspaceController.NeedsCreate: return createPage
            case WorkspaceController.Locked: return unlockPage
            default: break
            }
            switch (InterviewController.stage) {
            case InterviewController.Consent: return consentPage
            case InterviewController.Running: return interviewPage
            case InterviewController.Review: return reviewPage
            default: return SyncController.shown ? syncPage : DashboardController.shown ? dashboardPage : homePage
            }
        }
    }

    // Quick exit from anywhere in an open workspace: Escape twice.
    Timer { id: escapeTimer; interval: 800 }
    Shortcut {
        sequence: "Esc"
        context: Qt.ApplicationShortcut
        enabled: WorkspaceController.stage === WorkspaceController.Unlocked
        onActivated: {
            if (escapeTimer.running)
                WorkspaceController.quickExit()
            else
                escapeTimer.start()
        }
    }

    Component { id: createPage; CreatePage {} }
    Component { id: unlockPage; UnlockPage {} }
    Component { id: homePage; HomePage {} }
    Component { id: consentPage; ConsentPage {} }
    Component { id: interviewPage; InterviewPage {} }
    Component { id: reviewPage; ReviewPage {} }
    Component { id: decoyPage; DecoyPage {} }
    Component { id: syncPage; SyncPage {} }
    Component { id: dashboardPage; DashboardPage {} }
}
