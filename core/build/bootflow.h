// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/config.h"
#include "effectiveconfig.h"

#include <QList>
#include <QString>

namespace Lkc {

// One step of a LinuxKit boot, with one line saying what happens there.
struct BootStep {
    enum class Stage { Kernel, Init, Onboot, Services, Onshutdown };
    Stage stage = Stage::Kernel;
    QString yamlPath; // the entry that makes this step ("onboot[1]", "kernel")
    QString title;    // "dhcpcd"
    QString detail;   // "Runs /sbin/dhcpcd --nobackground -f /dhcpcd.conf -1, host network"
};

// The order a LinuxKit image boots in (format §5): the kernel, the init images
// unpacked into one root filesystem, onboot containers one after another,
// services all at once, onshutdown at power-off. Details come from the
// effective config.json when the image is in the store, else from the YAML.
class BootFlow {
public:
    static QList<BootStep> describe(const Config &config,
                                    const QList<EffectiveContainer> &effective = {});
    static QString stageName(BootStep::Stage stage);
};

} // namespace Lkc
