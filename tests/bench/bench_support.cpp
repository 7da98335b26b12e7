#include "bench_support.h"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <fstream>
#include <thread>
#include <vector>

namespace cairn::bench {

namespace {
const std::vector<std::string>& sentences() {
    static const std::vector<std::string> all = {
        "The ESOL waiting list in our area is now longer than nine months.",
        "I volunteered at the food bank because I was not allowed to work.",
        "My children settled quickly at the primary school and made friends.",
        "The hotel was far from the town centre and the bus fare was too much.",
        "Registering with a GP took three visits and an interpreter.",
        "Mae'r dosbarth Cymraeg yn y llyfrgell bob nos Fawrth.",
        "Dw i wedi byw yng Nghaerdydd ers tair blynedd.",
        "\xD8\xAA\xD8\xB9\xD9\x84\xD9\x85\xD8\xAA \xD8\xA7\xD9\x84\xD9\x84\xD8\xBA\xD8\xA9 "
        "\xD8\xA7\xD9\x84\xD8\xA5\xD9\x86\xD8\xAC\xD9\x84\xD9\x8A\xD8\xB2\xD9\x8A\xD8\xA9 "
        "\xD9\x81\xD9\x8A \xD9\x85\xD8\xB1\xD9\x83\xD8\xB2 "
        "\xD8\xA7\xD9\x84\xD9\x85\xD8\xAC\xD8\xAA\xD9\x85\xD8\xB9.",
        "\xDA\xA9\xD8\xA7\xD8\xB1 \xDA\xA9\xD8\xB1\xD8\xAF\xD9\x86 \xD8\xA8\xD8\xAF\xD9\x88\xD9\x86 "
        "\xD8\xA7\xD8\xAC\xD8\xA7\xD8\xB2\xD9\x87 \xD9\x85\xD9\x85\xDA\xA9\xD9\x86 "
        "\xD9\x86\xDB\x8C\xD8\xB3\xD8\xAA.",
        "Szukam pracy w \xC5\x81odzi od trzech miesi\xC4\x99"
        "cy.",
        "Mano \xC5\xBEmona dirba ligonin\xC4\x97je.",
        "L'accueil \xC3\xA0 la mairie \xC3\xA9tait tr\xC3\xA8s chaleureux.",
        "We felt safe for the first time when the council found us a flat.",
        "Nobody explained the letters from the Home Office to us.",
    };
    return all;
}
} // namespace

std::string TextGenerator::sentence() {
    const auto& all = sentences();
    return all[m_random() % all.size()];
}

std::string TextGenerator::paragraph() {
    std::string p;
    const int n = 2 + static_cast<int>(m_random() % 4);
    for (int i = 0; i < n; ++i)
        p += (i ? " " : "") + sentence();
    return p;
}

std::string TextGenerator::document(std::size_t bytes) {
    std::string doc;
    while (doc.size() < bytes)
        doc += paragraph() + "\n\n";
    return doc;
}

std::string machineLine() {
    std::ifstream cpuinfo("/proc/cpuinfo");
    std::string line, model = "unknown cpu";
    while (std::getline(cpuinfo, line))
        if (line.rfind("model name", 0) == 0) {
            model = line.substr(line.find(':') + 2);
            break;
        }
    char date[32];
    const std::time_t now = std::time(nullptr);
    std::strftime(date, sizeof date, "%Y-%m-%d", std::gmtime(&now));
    return "machine: " + model + ", " + std::to_string(std::thread::hardware_concurrency()) + " cores; " +
           date;
}

Percentiles percentiles(std::vector<double> samples) {
    Percentiles out;
    if (samples.empty()) return out;
    std::sort(samples.begin(), samples.end());
    out.p50 = samples[samples.size() / 2];
    out.p95 = samples[static_cast<std::size_t>(std::ceil(0.95 * static_cast<double>(samples.size()))) - 1];
    return out;
}

} // namespace cairn::bench
