#include <iostream>
#include <vector>
#include <string>
#include <memory>

namespace shapes {

// Abstract base class for shapes.
class Shape {
public:
    virtual ~Shape() = default;
    virtual double area() const = 0;
    virtual std::string name() const { return "shape"; }
};

class Circle : public Shape {
    double r_;
public:
    explicit Circle(double r) : r_(r) {}
    double area() const override { return 3.14159 * r_ * r_; }
    std::string name() const override { return "circle"; }
};

template <typename T>
T clamp(T v, T lo, T hi) {
    return v < lo ? lo : (v > hi ? hi : v);
}

}  // namespace shapes

int main() {
    using namespace shapes;
    std::vector<std::unique_ptr<Shape>> all;
    all.push_back(std::make_unique<Circle>(2.0));
    auto total = 0.0;
    for (const auto& s : all) {
        std::cout << s->name() << ": " << s->area() << '\n';
        total += s->area();
    }
    constexpr int limit = 100;
    bool ok = clamp(total, 0.0, static_cast<double>(limit)) == total;
    /* print the result */
    std::cout << (ok ? "ok" : "clamped") << std::endl;
    return ok ? 0 : 1;
}
